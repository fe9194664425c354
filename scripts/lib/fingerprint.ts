import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A hash of the files under the given paths (names and contents), skipping generated folders. */
export function fingerprint(
  root: string,
  paths: string[],
  skip = new Set(['node_modules', 'dist', 'build', '.tmp', '.cache', '.strapi']),
): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!skip.has(name)) walk(join(path, name));
    } else {
      hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  for (const path of paths) walk(join(root, path));
  return hash.digest('hex');
}
