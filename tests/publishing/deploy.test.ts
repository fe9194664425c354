import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployColumn, parseDeployConfig } from '../../packages/publisher/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { buildColumns } from '../../sites/build/index.ts';

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
});

it('names the entry and the fix when the deploy configuration is wrong', () => {
  expect(parseDeployConfig({ hanoi: [{ type: 'folder', path: '/var/www/nq57' }], '*': [] }, 'deploy.json')).toEqual({ hanoi: [{ type: 'folder', path: '/var/www/nq57' }], '*': [] });
  expect(() => parseDeployConfig({ hanoi: [{ type: 'ftp', path: '/x' }] }, 'deploy.json')).toThrow('deploy.json: "hanoi"[0].type: "ftp" is not supported; use "folder"');
  expect(() => parseDeployConfig({ hanoi: [{ type: 'folder', path: 'www/nq57' }] }, 'deploy.json')).toThrow(/"hanoi"\[0\]\.path: give an absolute folder path/);
  expect(() => parseDeployConfig({ hanoi: { type: 'folder' } }, 'deploy.json')).toThrow('deploy.json: "hanoi" must be a list of targets');
});
