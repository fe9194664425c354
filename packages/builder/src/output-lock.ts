import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One build at a time per output: a second (a hand-run `column57 build` while the build service works)
 * would clear the first one's scratch space and race it to the releases. A lock left by a process that
 * died is taken over.
 */
export function lockOutput(releasesDir: string): () => void {
  const file = join(releasesDir, 'BUILD.lock');
  try {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid) {
      let alive = true;
      try {
        process.kill(holder, 0);
      } catch {
        alive = false;
      }
      if (alive)
        throw new Error(`another build (process ${holder}) is writing to this output; wait for it to finish, or stop it (lock: ${file})`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
