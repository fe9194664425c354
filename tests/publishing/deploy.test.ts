import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { deployColumn, parseDeployConfig } from '../../packages/publisher/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { buildColumns } from '../../packages/builder/src/index.ts';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'column57-deploy-'));
  cpSync(DEMO_SNAPSHOT_DIR, join(dir, 'snapshot'), { recursive: true });
  await buildColumns({ snapshotDir: join(dir, 'snapshot'), outDir: join(dir, 'out'), cacheDir: join(dir, 'cache'), bodies: ['hanoi'] });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('copies a built column into a web root as plain files, replacing the previous copy whole', async () => {
  const target = { type: 'folder' as const, path: join(dir, 'portal', 'www', '{slug}', 'nghi-quyet-57') };
  const where = await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target);
  expect(where).toBe(join(dir, 'portal', 'www', 'hanoi', 'nghi-quyet-57'));
  // A real folder with real files: a portal's web server need not follow links into our releases.
  expect(lstatSync(where).isSymbolicLink()).toBe(false);
  expect(readFileSync(join(where, 'index.html'), 'utf8')).toContain('Hà Nội');
  writeFileSync(join(where, 'stale.html'), 'từ lần trước');
  await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target);
  expect(existsSync(join(where, 'stale.html'))).toBe(false);
  expect(existsSync(`${where}.column57-incoming`) || existsSync(`${where}.column57-previous`)).toBe(false);

  // Only what changed is copied again: an unchanged file is the same file as in the last copy.
  const inode = (...parts: string[]) => statSync(join(where, ...parts)).ino;
  const picture = readdirSync(join(where, 'media')).find((name) => name.endsWith('.webp'))!;
  const file = join(dir, 'snapshot', 'bodies', 'hanoi.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const page = join('bai-viet', json.articles[0].locales.vi.slug, 'index.html');
  const before = { page: inode(page), picture: inode('media', picture) };
  await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target);
  expect(inode(page)).toBe(before.page);
  json.articles[0].locales.vi.title = 'Hà Nội: chỉ chép lại những gì đã đổi lên cổng thông tin';
  writeFileSync(file, JSON.stringify(json));
  await buildColumns({ snapshotDir: join(dir, 'snapshot'), outDir: join(dir, 'out'), cacheDir: join(dir, 'cache'), bodies: ['hanoi'] });
  await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target);
  expect(readFileSync(join(where, page), 'utf8')).toContain('chỉ chép lại những gì đã đổi');
  expect(inode(page)).not.toBe(before.page);
  expect(inode('media', picture)).toBe(before.picture);
  // The copy matches the column, file for file.
  const files = (root: string, at = ''): string[] =>
    readdirSync(join(root, at), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(root, join(at, e.name)) : [`${join(at, e.name)}:${statSync(join(root, at, e.name)).size}`],
    );
  expect(files(where).sort()).toEqual(files(realpathSync(join(dir, 'out', 'hanoi'))).sort());
}, 120_000);

it('names the entry and the fix when the deploy configuration is wrong', () => {
  expect(parseDeployConfig({ hanoi: [{ type: 'folder', path: '/var/www/nq57' }], '*': [] }, 'deploy.json')).toEqual({
    hanoi: [{ type: 'folder', path: '/var/www/nq57' }],
    '*': [],
  });
  expect(() => parseDeployConfig({ hanoi: [{ type: 'ftp', path: '/x' }] }, 'deploy.json')).toThrow(
    'deploy.json: "hanoi"[0].type: "ftp" không được hỗ trợ; hãy dùng "folder" hoặc "s3" / "ftp" is not supported; use "folder" or "s3"',
  );
  expect(() => parseDeployConfig({ hanoi: [{ type: 's3', bucket: 'Cong Thong Tin', prefix: '' }] }, 'deploy.json')).toThrow(
    /"hanoi"\[0\]\.bucket: hãy ghi tên bucket .* \/ give the bucket's name/,
  );
  expect(() => parseDeployConfig({ hanoi: [{ type: 'folder', path: 'www/nq57' }] }, 'deploy.json')).toThrow(
    /"hanoi"\[0\]\.path: hãy ghi đường dẫn tuyệt đối .* \/ give an absolute folder path/,
  );
  expect(() => parseDeployConfig({ hanoi: { type: 'folder' } }, 'deploy.json')).toThrow(
    'deploy.json: "hanoi" phải là một danh sách nơi triển khai / "hanoi" must be a list of targets',
  );
});

it('copies a column to an S3-compatible bucket, uploading only what changed and deleting what went away', async () => {
  // s3rver: an S3-compatible server on loopback, storing in a folder.
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: join(dir, 's3'),
    configureBuckets: [{ name: 'cong-thong-tin' }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true });
  try {
    const [target] = parseDeployConfig(
      { '*': [{ type: 's3', bucket: 'cong-thong-tin', prefix: '{slug}/nghi-quyet-57/', endpoint }] },
      'deploy.json',
    )['*'];
    await client.send(new PutObjectCommand({ Bucket: 'cong-thong-tin', Key: 'hanoi/nghi-quyet-57/cu/index.html', Body: 'trang cũ' }));
    const first = await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target);
    expect(first).toMatch(
      /^s3:\/\/cong-thong-tin\/hanoi\/nghi-quyet-57\/ \(\d+ tải lên \/ uploaded, 0 không đổi \/ unchanged, 1 xoá \/ deleted\)$/,
    );
    const home = await client.send(new GetObjectCommand({ Bucket: 'cong-thong-tin', Key: 'hanoi/nghi-quyet-57/index.html' }));
    expect(home.ContentType).toBe('text/html; charset=utf-8');
    expect(await home.Body!.transformToString()).toContain('Hà Nội');
    const listed = await client.send(new ListObjectsV2Command({ Bucket: 'cong-thong-tin', Prefix: 'hanoi/nghi-quyet-57/cu/' }));
    expect(listed.Contents ?? []).toEqual([]);
    // Nothing changed: nothing uploaded again.
    expect(await deployColumn(join(dir, 'out', 'hanoi'), 'hanoi', target)).toMatch(
      / \(0 tải lên \/ uploaded, \d+ không đổi \/ unchanged, 0 xoá \/ deleted\)$/,
    );
  } finally {
    client.destroy();
    await server.close();
  }
});
