import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

/**
 * The preview server of `npm start` and `column57 serve`, over real HTTP on loopback: it serves the
 * whole of out/ under "/", so each column's own `_headers` must apply to that column, and nothing a
 * host would not publish (dotfiles, dot-folders, `_headers` itself) may be served.
 */
describe('the preview server', () => {
  let dir: string, out: string;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let sub: Awaited<ReturnType<typeof serveStatic>>;
  const origins = { hanoi: 'https://portal.hanoi.example.vn', mst: 'https://cong.mst.example.vn' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-static-'));
    const snapshotDir = join(dir, 'snapshot');
    out = join(dir, 'out');
    cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
    // Each body its own embedding origin, so a header taken from the wrong column shows.
    const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
    for (const body of manifest.bodies) if (body.slug in origins) body.embedOrigins = [origins[body.slug as keyof typeof origins]];
    writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify(manifest));
    const report = await buildColumns({ snapshotDir, outDir: out, cacheDir: join(dir, 'cache'), bodies: ['hanoi', 'mst'] });
    expect(report.failed).toEqual([]);
    site = await serveStatic({ '/': out });
    sub = await serveStatic({ '/nghi-quyet-57/': join(out, 'hanoi') });
  }, 180_000);
  afterAll(async () => {
    await site?.close();
    await sub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("applies each column's own _headers when every column is served from out/", async () => {
    for (const [slug, origin] of Object.entries(origins)) {
      for (const path of ['', 'bai-viet/', 'en/', 'feed.json', 'embed/latest.html']) {
        const response = await fetch(`${site.url}/${slug}/${path}`);
        expect(response.status, `${slug}/${path}`).toBe(200);
        expect(response.headers.get('content-security-policy'), `${slug}/${path}`).toBe(`frame-ancestors 'self' ${origin}`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      }
      // CORS only where the column's _headers asks for it, with its paths taken from the column's folder.
      expect((await fetch(`${site.url}/${slug}/feed.json`)).headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${site.url}/${slug}/en/feed.json`)).headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${site.url}/${slug}/embed/latest.html`)).headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${site.url}/${slug}/`)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('applies them too when a column is mounted under a sub-path', async () => {
    for (const path of ['', 'bai-viet/']) {
      const response = await fetch(`${sub.url}/nghi-quyet-57/${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(`frame-ancestors 'self' ${origins.hanoi}`);
    }
    expect((await fetch(`${sub.url}/nghi-quyet-57/feed.json`)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves no dotfile, dot-folder or _headers, however the path is written', async () => {
    const dotfiles = readdirSync(join(out, 'hanoi')).filter((name) => name.startsWith('.'));
    expect(dotfiles).toContain('.column57-pages.json');
    expect(existsSync(join(out, 'hanoi', '_headers'))).toBe(true);
    const written = ['hanoi/%2Ecolumn57-pages.json', 'hanoi/_headers', 'hanoi/./.column57-pages.json', 'hanoi/en/../.column57-pages.json'];
    const paths = [...dotfiles.map((name) => `hanoi/${name}`), ...written];
    for (const path of paths) expect((await fetch(`${site.url}/${path}`)).status, path).toBe(404);
    expect((await fetch(`${sub.url}/nghi-quyet-57/.column57-pages.json`)).status).toBe(404);
  });

  it('names the type of what it serves', async () => {
    const type = async (path: string) => (await fetch(`${site.url}/${path}`)).headers.get('content-type');
    expect(await type('hanoi/')).toBe('text/html; charset=utf-8');
    expect(await type('hanoi/feed.json')).toBe('application/json; charset=utf-8');
    expect(await type('hanoi/rss.xml')).toMatch(/^application\/xml/);
    expect(await type('hanoi/embed/widget.js')).toMatch(/^text\/javascript/);
  });
  /** One raw HTTP GET (fetch would undo the encoding): status, headers and the bytes as sent. */
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(`${site.url}/${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('compresses text with brotli or gzip for a client that accepts it, saying it varies by Accept-Encoding', async () => {
    for (const [path, file] of [
      ['hanoi/', 'hanoi/index.html'],
      ['hanoi/feed.json', 'hanoi/feed.json'],
      ['hanoi/rss.xml', 'hanoi/rss.xml'],
      ['hanoi/embed/widget.js', 'hanoi/embed/widget.js'],
    ]) {
      const stored = readFileSync(join(out, file));
      const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect([br.status, br.headers['content-encoding']], path).toEqual([200, 'br']);
      expect(br.headers.vary, path).toMatch(/accept-encoding/i);
      expect(br.body.length, path).toBeLessThan(stored.length);
      expect(brotliDecompressSync(br.body).equals(stored), path).toBe(true);
      const gzip = await get(path, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(stored), path).toBe(true);
      // The column's own headers still apply to what is compressed.
      expect(gzip.headers['content-security-policy'], path).toBe(`frame-ancestors 'self' ${origins.hanoi}`);
      const plain = await get(path, {});
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers.vary, path).toMatch(/accept-encoding/i);
      expect(plain.body.equals(stored), path).toBe(true);
    }
  });

  it('sends pictures and byte ranges as they are stored', async () => {
    const picture = readdirSync(join(out, 'hanoi', 'media')).find((name) => name.endsWith('.webp'))!;
    const image = await get(`hanoi/media/${picture}`, { 'accept-encoding': 'gzip, br' });
    expect([image.status, image.headers['content-encoding']]).toEqual([200, undefined]);
    expect(image.body.equals(readFileSync(join(out, 'hanoi', 'media', picture)))).toBe(true);
    const range = await get('hanoi/', { 'accept-encoding': 'gzip, br', range: 'bytes=0-99' });
    expect([range.status, range.headers['content-encoding']]).toEqual([206, undefined]);
    expect(range.body.equals(readFileSync(join(out, 'hanoi', 'index.html')).subarray(0, 100))).toBe(true);
  });
});
