import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { SITES_DIR } from '../../sites/renderer/sites-dir.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

// The build renders pages with its own renderer (sites/renderer/: the site compiled once, pages
// rendered through Astro's container), not through `astro build`. Both must write the same bytes: here
// the renderer's output of three columns and the hub is compared with `astro build` on the same plan.
let dir: string;
const BODIES = ['hanoi', 'caobang', 'mst'];

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

/** Where two texts part, with a little of each around it. */
function firstDifference(a: string, b: string) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 60), i + 60));
  return `character ${i}: ${around(a)} vs ${around(b)}`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'column57-renderer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes every page, feed and file of a column, and the hub, exactly as `astro build` does', async () => {
  const logs = join(dir, 'logs');
  // What builds before the renderer kept: Astro's incremental cache, a copy of every page. It goes.
  const oldCache = join(dir, 'cache', 'astro', 'hanoi');
  mkdirSync(oldCache, { recursive: true });
  writeFileSync(join(oldCache, 'index.html'), '<!doctype html>');
  process.env.COLUMN57_RENDER_LOG = logs;
  try {
    const report = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      bodies: BODIES,
      concurrency: 1,
      // With every optional page on: the subscription pages of the columns and the hub are compared too.
      subscriptionsUrl: 'https://cms.column57.test',
    });
    expect(report.failed).toEqual([]);
    expect(report.built.map((b) => b.slug).sort()).toEqual([...BODIES].sort());
  } finally {
    delete process.env.COLUMN57_RENDER_LOG;
  }
  expect(existsSync(join(dir, 'cache', 'astro'))).toBe(false);
  const plans = readdirSync(logs).filter((name) => name.endsWith('.plan.json'));
  expect(plans.length).toBeGreaterThan(0);
  let compared = 0;
  for (const plan of plans) {
    const astroOut = join(dir, `astro-${plan}`);
    const result = spawnSync(process.execPath, [join(SITES_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: SITES_DIR,
      encoding: 'utf8',
      env: {
        ...process.env,
        COLUMN57_BUILD_PLAN: join(logs, plan),
        COLUMN57_OUT_DIR: astroOut,
        COLUMN57_INCREMENTAL: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const file of filesUnder(astroOut)) {
      const ours = join(dir, 'out', file);
      expect(statSync(ours, { throwIfNoEntry: false })?.isFile(), `${file} is missing from the build`).toBe(true);
      const [got, want] = [readFileSync(ours, 'utf8'), readFileSync(join(astroOut, file), 'utf8')];
      expect(got === want, `${file} differs from astro build's at ${firstDifference(got, want)}`).toBe(true);
      compared++;
    }
  }
  // Nothing the renderer wrote is missing from Astro's output either (besides what the build adds:
  // pictures, embedding scripts, the search index and the build's own bookkeeping).
  const astroFiles = new Set(plans.flatMap((plan) => filesUnder(join(dir, `astro-${plan}`))));
  for (const slug of BODIES) {
    const extra = filesUnder(join(dir, 'out', slug))
      .filter((file) => !/^(media|pagefind|embed\/(screenshots|[a-z-]+\.js$))|^\.column57-/.test(file))
      .filter((file) => !astroFiles.has(`${slug}/${file}`));
    expect(extra, slug).toEqual([]);
  }
  expect(compared).toBeGreaterThan(300);
}, 240_000);
