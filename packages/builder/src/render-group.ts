import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { BuildPlan } from '@column57/sites/build-plan';
import { SITES_DIR } from '@column57/sites/dir';
import { PROGRESS_PREFIX, type RenderAnswer, RESULT_PREFIX, type RenderJob, WARM_FLAG } from '@column57/sites/renderer/job';
import { both } from './messages.ts';
import { elapsed } from './timing.ts';

const WORKER = join(SITES_DIR, 'renderer', 'worker.ts');

/** Pages in a built folder (each page is a folder with an index.html), those `isPage` takes if given. */
export function countPages(dir: string, isPage: (file: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A column in the output is a link to its live release: followed, so its pages count.
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isDirectory());
    if (isDirectory) n += countPages(path, isPage);
    else if (entry.name === 'index.html' && isPage(path)) n++;
  }
  return n;
}

export interface RenderResult {
  ok: boolean;
  outDir: string;
  output: string;
  reused: number;
  pages: Record<string, number>;
  /** Rendered by a renderer started ahead (keepRendererWarm), not one started for this group. */
  warm: boolean;
}

/**
 * Where a group is rendered and from what: plans and jobs go in `workDir`, pages in `renderDir` (on the
 * releases' disk, so that landing a column is a rename, not a copy), from the compiled site, taking
 * unchanged pages from the live columns.
 */
export interface RenderSetup {
  workDir: string;
  renderDir: string;
  bundle: string;
  liveDir: string;
  generator: string;
}

function startRenderer(bundle: string, args: string[]): ChildProcess & { stdout: Readable; stderr: Readable } {
  // A young generation of 16 MB keeps a renderer smaller at no cost in time (measured).
  return spawn(process.execPath, ['--max-semi-space-size=16', WORKER, ...args], {
    cwd: SITES_DIR,
    // Node keeps the compiled code of the bundle and Astro beside the bundle: each renderer after the
    // first starts ~0.1 s sooner (measured), and the cache goes when the bundle is pruned.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: join(dirname(bundle), 'compile-cache') },
    stdio: [args[0] === WARM_FLAG ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { stdout: Readable; stderr: Readable };
}

/** A child's pipes as the sockets they are (stdio 'pipe'), which can be let go of and taken back. */
const pipesOf = (child: ChildProcess) => [child.stdin, child.stdout, child.stderr] as Array<Socket | null>;

/** A renderer waiting with a bundle loaded (worker.ts, `--warm`), for the next group rendered from that bundle. */
let warm: { bundle: string; child: ChildProcess & { stdout: Readable; stderr: Readable } } | null = null;

/**
 * Starts a renderer ahead of the next build from `bundle` (the build service asks after each job): the
 * next publish's render then skips a process start and the loading of the site and Astro, about half a
 * second. One waits at a time, an idle process of some 150 MB; one for another bundle is stopped.
 */
export function keepRendererWarm(bundle: string) {
  if (warm && warm.bundle === bundle && warm.child.exitCode === null && warm.child.signalCode === null) return;
  stopWarmRenderer();
  const child = startRenderer(bundle, [WARM_FLAG, bundle]);
  // Waiting must not keep this process alive, nor its output fill a pipe nobody reads yet.
  child.unref();
  for (const pipe of pipesOf(child)) pipe?.unref();
  child.on('error', () => {});
  warm = { bundle, child };
}

/** Stops the renderer waiting, if any (the build service closing). */
export function stopWarmRenderer() {
  if (warm && warm.child.exitCode === null) warm.child.kill();
  warm = null;
}

function takeWarmRenderer(bundle: string) {
  const taken = warm;
  warm = null;
  if (!taken) return null;
  if (taken.bundle === bundle && taken.child.exitCode === null && taken.child.signalCode === null) {
    taken.child.ref();
    for (const pipe of pipesOf(taken.child)) pipe?.ref();
    return taken.child;
  }
  taken.child.kill();
  return null;
}

/** Renders one group in a renderer process (renderer/worker.ts); resolves with whether it succeeded and its output. */
export function renderGroup(plan: BuildPlan, setup: RenderSetup, name: string, log: (m: string) => void): Promise<RenderResult> {
  const planFile = join(setup.workDir, `${name}.plan.json`);
  const jobFile = join(setup.workDir, `${name}.job.json`);
  const outDir = join(setup.renderDir, name);
  writeFileSync(planFile, JSON.stringify(plan));
  writeFileSync(
    jobFile,
    JSON.stringify({
      bundle: setup.bundle,
      plan: planFile,
      outDir,
      liveDir: setup.liveDir,
      generator: setup.generator,
    } satisfies RenderJob),
  );
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const ready = takeWarmRenderer(setup.bundle);
    const child = ready ?? startRenderer(setup.bundle, [jobFile]);
    // A waiting renderer that died meanwhile refuses its job: the close below reports how it ended.
    child.stdin?.on('error', () => {});
    child.stdin?.end(`${jobFile}\n`);
    let output = '';
    let made = 0;
    let answer: RenderAnswer | null = null;
    // The answer and progress lines are read from stdout alone, line by line (text split across
    // chunks is decoded whole), and kept out of the output a failure report shows.
    let partial = '';
    const readLine = (line: string) => {
      if (line.startsWith(PROGRESS_PREFIX)) made = Number(line.slice(PROGRESS_PREFIX.length));
      else if (line.startsWith(RESULT_PREFIX)) {
        try {
          answer = JSON.parse(line.slice(RESULT_PREFIX.length)) as RenderAnswer;
        } catch {
          output += `${line}\n`;
        }
      } else output += `${line}\n`;
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) readLine(line);
    });
    child.stderr.on('data', (chunk: string) => (output += chunk));
    const who = plan.bodies.length > 3 ? `${plan.bodies.length} ${both('bodies')}` : plan.bodies.join(', ') || 'hub';
    const ticker = setInterval(() => log(`  ${name} (${who}): ${made} ${both('pages')}, ${elapsed(started)}`), 5000);
    child.on('close', (code, signal) => {
      clearInterval(ticker);
      if (partial) readLine(partial);
      const result = answer;
      // COLUMN57_RENDER_LOG=<folder> keeps each renderer's whole output, plan and job there (the report
      // keeps the last 4,000 characters): for profiling a renderer again on its own, or a long failure.
      const keep = process.env.COLUMN57_RENDER_LOG;
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `${name}.log`), output);
        copyFileSync(planFile, join(keep, `${name}.plan.json`));
        // Pointing at the kept plan (the build's own folder is gone): give it an outDir and run it again.
        writeFileSync(
          join(keep, `${name}.job.json`),
          JSON.stringify({ ...JSON.parse(readFileSync(jobFile, 'utf8')), plan: join(keep, `${name}.plan.json`), outDir: join(keep, name) }),
        );
      }
      const ok = code === 0 && result !== null;
      // A renderer killed (out of memory, say) may say nothing itself: the report says how it ended.
      const ending = ok
        ? ''
        : `\nrenderer of ${name} (${who}) ${signal ? `killed by ${signal}` : `exited with code ${code}`}` +
          `${code === 0 ? ' without a result' : ''}`;
      resolvePromise({
        ok,
        outDir,
        output: output.slice(-4000) + ending,
        reused: result?.reused ?? 0,
        pages: result?.pages ?? {},
        warm: ready !== null,
      });
    });
  });
}

/**
 * Splits bodies into render groups by weight (the size of their content): at least one group per
 * lane so every core renders, and more when the content is large, so that no renderer holds more than
 * about `maxWeight` (a renderer's memory grows with the content it is given; each group costs a
 * renderer start-up of some 0.5 s). Heaviest groups first, so the lanes finish together.
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
  return bins
    .filter((b) => b.slugs.length)
    .sort((a, b) => b.weight - a.weight)
    .map((b) => b.slugs.sort());
}
