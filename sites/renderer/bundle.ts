import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDERER_TEXT } from './messages.ts';
import { SITES_DIR } from './sites-dir.ts';

/**
 * The site compiled once per generator version into one module, which each renderer loads in a
 * fraction of a second (an `astro build` spent some 3 s starting Vite and bundling, for every group of
 * a national build and for every publish). Kept inside sites/ so its imports (astro, marked...) resolve
 * from sites/node_modules, as the pages' own do. COLUMN57_RENDERER_DIR names another folder in sites/: the
 * benchmark's cold builds start from an empty one, without taking the bundle from builds running beside them.
 */
export const RENDERER_DIR = join(SITES_DIR, basename(process.env.COLUMN57_RENDERER_DIR ?? '.renderer'));
const ENTRY = join(SITES_DIR, 'renderer', 'entry.ts');
const BUNDLE_FILE = 'entry.mjs';

/** The bundle for this generator, compiled first if there is none (in a child: Vite stays out of this process). */
export async function rendererBundle(generator: string, log: (m: string) => void): Promise<string> {
  const dir = join(RENDERER_DIR, generator.slice(0, 16));
  const bundle = join(dir, BUNDLE_FILE);
  if (existsSync(bundle)) {
    // Its time says when it was last used: bundles unused for a day are removed (below).
    utimesSync(dir, new Date(), new Date());
    return bundle;
  }
  mkdirSync(RENDERER_DIR, { recursive: true });
  const started = Date.now();
  const fresh = mkdtempSync(join(RENDERER_DIR, '.new-'));
  try {
    const output = await new Promise<string>((resolvePromise, reject) => {
      const child = spawn(process.execPath, [import.meta.filename, fresh], {
        cwd: SITES_DIR,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('close', (code) =>
        code === 0 && existsSync(join(fresh, BUNDLE_FILE))
          ? resolvePromise(text)
          : reject(new Error(`${RENDERER_TEXT.both('compileFailed')}:\n${text.slice(-4000)}`)),
      );
    });
    if (output.trim()) log(output.trim());
    // Readable by whoever builds next (mkdtemp makes it private). Two builds may compile at once
    // (tests, a preview beside the service): the first rename wins.
    chmodSync(fresh, 0o755);
    try {
      renameSync(fresh, dir);
    } catch (error) {
      if (!existsSync(bundle))
        throw new Error(RENDERER_TEXT.both('cannotPlace', { dir, error: (error as Error).message }), { cause: error });
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  log(`  ${RENDERER_TEXT.both('compiled')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  // Bundles of other generator versions unused for a day go (each use touches its folder; a build
  // lasts minutes). Another build may be removing one at the same moment.
  for (const name of readdirSync(RENDERER_DIR)) {
    const path = join(RENDERER_DIR, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && path !== dir && Date.now() - stat.mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
  }
  return bundle;
}

/** Compiles entry.ts with the Vite configuration Astro itself builds with (astro.config.ts included). */
async function compile(outDir: string) {
  const fromAstro = createRequire(join(SITES_DIR, 'node_modules', 'astro', 'package.json'));
  const { build } = (await import(pathToFileURL(fromAstro.resolve('vite')).href)) as typeof import('vite');
  const { getViteConfig } = await import('astro/config');
  const config = await getViteConfig(
    {
      root: SITES_DIR,
      logLevel: 'warn',
      // Dependencies stay imports: astro above all, so the pages and the container share one runtime.
      ssr: { external: true },
      build: {
        ssr: ENTRY,
        outDir,
        emptyOutDir: false,
        minify: false,
        rollupOptions: { external: [/^astro(\/|$)/], output: { entryFileNames: BUNDLE_FILE } },
      },
    },
    { root: SITES_DIR, mode: 'production' },
  )({ command: 'build', mode: 'production' });
  await build({ ...config, configFile: false });
}

if (process.argv[1] === import.meta.filename) await compile(process.argv[2]);
