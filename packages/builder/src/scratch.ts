import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SITES_DIR } from '@column57/sites/dir';

/** What a build that was killed midway left behind: never a live column, only its scratch space. */
export function removeLeftovers(dirs: string[]) {
  for (const dir of dirs) {
    for (const entry of readdirSync(dir))
      if (/^\.staging-|\.old-\d+$|\.link-/.test(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

/** A fresh folder for this build's plans and jobs, under sites/.builds/, clearing what old builds left. */
export function newWorkDir(cacheDir: string): string {
  const builds = join(SITES_DIR, '.builds');
  mkdirSync(builds, { recursive: true });
  // Scratch space of builds that were killed: no build runs for a day (others may be running now,
  // or removing one of these at the same moment).
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
  }
  // Astro's incremental caches (copies of every page) of builds before the renderer took over.
  rmSync(join(cacheDir, 'astro'), { recursive: true, force: true });
  return mkdtempSync(join(builds, 'run-'));
}
