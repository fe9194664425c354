import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { contentType as typeOf } from 'mime-types';

/**
 * Files of a rendered draft, for the preview (preview.ts), which reads each page whole to put its banner
 * in, so cannot hand it to a file sender as the preview server does (static-server.ts, with `send`).
 */
export type Lookup = { file: string } | { redirect: string } | { status: 403 | 404 };

/**
 * Names no host serves: dotfiles and dot-folders (a release's `.column57-pages.json`, its hub list,
 * its build marks) and the column's own `_headers`, which is configuration, not content.
 */
const hidden = (within: string) =>
  within.split(/[\\/]/).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..') || /(^|\/)_headers$/.test(within);

/** The file a URL path names inside `root` (a folder's index.html; a folder without "/" redirects). */
export function lookup(root: string, urlPath: string, within: string): Lookup {
  if (hidden(within)) return { status: 404 };
  let file = normalize(join(root, within));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return { status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    file = join(file, 'index.html');
  }
  return existsSync(file) ? { file } : { status: 404 };
}

/** The same type `send` gives a file (both ask mime-types), so a preview is served as the column will be. */
export const contentType = (file: string) => typeOf(extname(file)) || 'application/octet-stream';
