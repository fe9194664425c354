import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { dom } from '../support/html.ts';

function pagesUnder(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pagesUnder(join(dir, entry.name), found);
    else if (entry.name === 'index.html') found.push(join(dir, entry.name));
  }
  return found;
}

/** A body with no logo: its pages still name a favicon, one that needs no request (demo-build covers logos). */
describe('the favicon of a column without a logo', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-favicon-'));
    const snapshotDir = join(dir, 'snapshot');
    cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
    manifest.bodies.find((b: { slug: string }) => b.slug === 'hanoi').logo = null;
    writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify(manifest));
    const report = await buildColumns({ snapshotDir, outDir: join(dir, 'out'), cacheDir: join(dir, 'cache'), bodies: ['hanoi'] });
    expect(report.failed).toEqual([]);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a dot in the brand colour, inline, on every page, and the header shows no emblem', () => {
    const pages = pagesUnder(join(dir, 'out', 'hanoi'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const page = dom(readFileSync(file, 'utf8'));
      const icons = page.querySelectorAll('link[rel="icon"]');
      expect(icons.length, file).toBe(1);
      const href = icons[0].getAttribute('href')!;
      expect(href, file).toMatch(/^data:image\/svg\+xml,/);
      const brand = /--brand:(#[0-9a-f]{6})/i.exec(page.documentElement.getAttribute('style')!)![1];
      expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length)), file).toContain(`fill="${brand}"`);
      expect(page.querySelector('.brand img'), file).toBeNull();
    }
    expect(readdirSync(join(dir, 'out', 'hanoi', 'media')).filter((name) => name.includes('-icon'))).toEqual([]);
  });
});
