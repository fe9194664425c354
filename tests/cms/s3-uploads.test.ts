import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { type AdminSession, ARTICLE, CM } from '../support/admin-api.ts';
import { type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

// Uploads on S3-compatible storage through Strapi's own provider (cms/config/plugins.ts), as several CMS
// instances share them in production: an editor's picture and its sizes land in the bucket, the media
// library points at the bucket, and the column's export fetches the same bytes from there. The storage is
// s3rver on loopback, an S3-compatible server; PostgreSQL, as in production.

const BUCKET = 'column57-media';

describe('uploads on S3-compatible storage (postgres)', () => {
  let dir: string, s3: S3rver, endpoint: string, client: S3Client, cms: RunningCms, editor: AdminSession;
  let photo: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-s3-'));
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    const credentials = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
    Object.assign(process.env, credentials);
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true });
    cms = await startCms({
      database: 'postgres',
      seedBodies: ['hanoi'],
      env: { ...credentials, COLUMN57_S3_BUCKET: BUCKET, COLUMN57_S3_ENDPOINT: endpoint, COLUMN57_S3_PREFIX: 'cms' },
    });
    editor = await accountFor(cms, 'bientap@hanoi-s3.test', 'body-editor', 'hanoi');
    // A photograph's size, so that the media library makes its smaller sizes too.
    photo = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#a61b1b' } })
      .jpeg({ quality: 80 })
      .toBuffer();
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    await s3?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("stores an editor's picture and its sizes in the bucket, and exports the column's copy from there", async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'le-ra-mat-trung-tam-du-lieu.jpg');
    form.append('fileInfo', JSON.stringify({ name: 'le-ra-mat-trung-tam-du-lieu.jpg', alternativeText: 'Lễ ra mắt trung tâm dữ liệu' }));
    const uploaded = await editor.post('/upload', form);
    expect(uploaded.status, JSON.stringify(uploaded.body).slice(0, 300)).toBe(201);
    const [file] = uploaded.body;
    expect(file.provider).toBe('aws-s3');
    expect(file.url.startsWith(`${endpoint}/${BUCKET}/cms/`), file.url).toBe(true);

    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'cms/' }));
    const keys = (listed.Contents ?? []).map((o) => o.Key!);
    const sizes = Object.values(file.formats ?? {}) as Array<{ url: string }>;
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const url of [file.url, ...sizes.map((s) => s.url)]) expect(keys).toContain(url.slice(`${endpoint}/${BUCKET}/`.length));
    const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: file.url.slice(`${endpoint}/${BUCKET}/`.length) }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(photo)).toBe(true);

    // The picture as an article's cover: the export names it by content hash and reads its bytes from the bucket.
    const made = await editor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Hà Nội ra mắt trung tâm dữ liệu dùng chung',
      slug: 'ra-mat-trung-tam-du-lieu',
      summary: 'Tóm tắt.',
      content: 'Nội dung về chuyển đổi số.',
      publishDate: '2026-12-01',
      channel: 'portal',
      cover: file.id,
      coverAlt: 'Lễ ra mắt trung tâm dữ liệu',
    });
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
    const publisher = await accountFor(cms, 'duyet@hanoi-s3.test', 'body-publisher', 'hanoi');
    await submitForReview(editor, ARTICLE, made.body.data.documentId);
    expect((await publisher.post(`${CM}/${ARTICLE}/${made.body.data.documentId}/actions/publish?locale=vi`, {})).status).toBe(200);
    const { data, media } = await cms.strapi.service('api::snapshot.snapshot').bodyContent('hanoi', null);
    const article = data.articles.find((a: any) => a.id === made.body.data.documentId);
    expect(article.cover).toBeTruthy();
    const source = media[article.cover.hash];
    expect(source).toBe(file.url);
    expect(Buffer.from(await (await fetch(source)).arrayBuffer()).equals(photo)).toBe(true);
  });
});
