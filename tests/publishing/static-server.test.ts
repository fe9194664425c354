import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
