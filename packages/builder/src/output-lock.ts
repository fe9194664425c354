import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { both } from './messages.ts';

/**
 * proper-lockfile keeps a held lock's time fresh (every half of this); one not refreshed for this long
 * was left by a process that is gone, and is taken over. Long enough that a build busy in synchronous
 * work (validating a group of 10 MB, removing an old release) never looks gone.
 */
const STALE_MS = 60_000;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The process holding the lock, as it wrote it down: beside the lock folder (proper-lockfile removes
 * the folder with rmdir, so it must stay empty), or in the lock itself when that is the file of a build
 * from before proper-lockfile (`legacy`). Null when it is not known (yet).
 */
function holderOf(lockPath: string): { holder: number | null; legacy: boolean } {
  const legacy = !statSync(lockPath, { throwIfNoEntry: false })?.isDirectory();
  try {
    return { holder: Number(readFileSync(legacy ? lockPath : `${lockPath}.pid`, 'utf8')) || null, legacy };
  } catch {
    return { holder: null, legacy };
  }
}

/**
 * One build at a time per output: a second (a hand-run `column57 build` while the build service works)
 * would clear the first one's scratch space and race it to the releases. A lock left by a process that
 * died is taken over: at once when the process it names is gone (or is this one, which a restarted
 * service may be given again), otherwise once the lock has gone stale.
 */
export async function lockOutput(releasesDir: string): Promise<() => Promise<void>> {
  const file = join(releasesDir, 'BUILD.lock');
  const release = await acquire(file, () =>
    lock(releasesDir, {
      lockfilePath: file,
      realpath: false,
      stale: STALE_MS,
      // The lock keeps a second build from starting; a build that lost it (its process stalled past
      // STALE_MS) goes on as it would have, instead of proper-lockfile's default throw ending the process.
      onCompromised: () => {},
    }),
  );
  writeFileSync(`${file}.pid`, String(process.pid));
  return async () => {
    rmSync(`${file}.pid`, { force: true });
    // Already released when the lock was compromised (see above): nothing is left to let go.
    await release().catch(() => {});
  };
}

/** Takes the lock, taking it over once from a holder that is gone; refuses with the holder's name. */
async function acquire(file: string, take: () => Promise<() => Promise<void>>): Promise<() => Promise<void>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await take();
    } catch (error) {
      // ENOTDIR: the lock is the file of a build from before proper-lockfile, gone stale.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED' && code !== 'ENOTDIR') throw error;
      const { holder, legacy } = holderOf(file);
      // A lock folder naming no process yet is being taken right now; an old lock file naming none was
      // taken over, as it always was.
      const held = holder === null ? !legacy : holder !== process.pid && isAlive(holder);
      if (held || attempt > 1) throw new Error(both('outputLocked', { holder: String(holder ?? '?'), file }), { cause: error });
      rmSync(file, { recursive: true, force: true });
    }
  }
}
