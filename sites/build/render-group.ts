import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildPlan } from '../src/lib/plan.ts';
import { SITES_DIR } from './fingerprints.ts';

const ASTRO_BIN = join(SITES_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Pages in a built folder (each page is a folder with an index.html). */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // A column in the output is a link to its live release: followed, so its pages count.
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory());
    if (isDirectory) n += countPages(join(dir, entry.name));
    else if (entry.name === 'index.html') n++;
  }
  return n;
}

export interface RenderResult { ok: boolean; outDir: string; output: string; reused: number }

/** Runs one Astro build over a group of bodies; resolves with whether it succeeded and its output. */
export function renderGroup(plan: BuildPlan, workDir: string, astroCacheRoot: string, name: string, log: (m: string) => void): Promise<RenderResult> {
  const planFile = join(workDir, `${name}.plan.json`);
  const outDir = join(workDir, name);
  // Astro's incremental cache belongs to a set of bodies: the same set (one body, as the build service
  // builds) finds its pages of last time there. Whether the hub rides along does not change the set.
  const astroCache = join(astroCacheRoot, plan.bodies.length === 1 ? plan.bodies[0] : createHash('sha256').update(plan.bodies.join(',')).digest('hex').slice(0, 16));
  writeFileSync(planFile, JSON.stringify(plan));
  mkdirSync(astroCache, { recursive: true });
  utimesSync(astroCache, new Date(), new Date());
  const started = Date.now();
  return new Promise((resolvePromise) => {
    // Each renderer has its own outDir inside sites/: Astro then keeps its intermediate files beside
    // that outDir (not in the shared .astro/), and they still resolve sites/node_modules. A young
    // generation of 16 MB keeps a renderer some 150 MB smaller, at no cost in time (measured).
    const child = spawn(process.execPath, ['--max-semi-space-size=16', ASTRO_BIN, 'build'], {
      cwd: SITES_DIR,
      env: { ...process.env, COLUMN57_BUILD_PLAN: planFile, COLUMN57_OUT_DIR: outDir, COLUMN57_ASTRO_CACHE: astroCache, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const who = plan.bodies.length > 3 ? `${plan.bodies.length} cơ quan / bodies` : plan.bodies.join(', ') || 'hub';
    const ticker = setInterval(() => log(`  ${name} (${who}): ${countPages(outDir)} trang / pages, ${elapsed(started)}`), 5000);
    child.on('close', (code) => {
      clearInterval(ticker);
      // Astro marks each page it copied from its incremental cache instead of rendering.
      const reused = output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
      // COLUMN57_RENDER_LOG=<folder> keeps each renderer's whole output and its plan there (the report
      // keeps the last 4,000 characters): for profiling a renderer again on its own, or a long failure.
      const keep = process.env.COLUMN57_RENDER_LOG;
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `${name}.log`), output);
        copyFileSync(planFile, join(keep, `${name}.plan.json`));
      }
      resolvePromise({ ok: code === 0, outDir, output: output.slice(-4000), reused });
    });
  });
}

/**
 * Splits bodies into render groups by weight (the size of their content): at least one group per
 * lane so every core renders, and more when the content is large, so that no renderer holds more than
 * about `maxWeight` (a renderer's memory grows with the content it is given; each group costs a
 * renderer start-up of some 3 s). Heaviest groups first, so the lanes finish together.
 */
export function planGroups(bodies: Array<{ slug: string; weight: number }>, lanes: number, maxWeight: number): string[][] {
  if (!bodies.length) return [];
  const total = bodies.reduce((sum, b) => sum + b.weight, 0);
  const count = Math.min(bodies.length, Math.max(lanes, Math.ceil(total / maxWeight)));
  const bins = Array.from({ length: count }, () => ({ weight: 0, slugs: [] as string[] }));
  for (const body of [...bodies].sort((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug))) {
    const lightest = bins.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.weight += body.weight;
    lightest.slugs.push(body.slug);
  }
  return bins.filter((b) => b.slugs.length).sort((a, b) => b.weight - a.weight).map((b) => b.slugs.sort());
}
