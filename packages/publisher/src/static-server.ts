import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { contentType as typeOf } from 'mime-types';

type HeaderRule = { pattern: RegExp; headers: Record<string, string> };
const headerRuleCache = new Map<string, { mtimeMs: number; rules: HeaderRule[] }>();

/**
 * Rules of a `_headers` file: a path pattern ("/*", "/feed.json", "/embed/*") and its headers.
 * Parsed once per version of the file: a rebuild while the server runs replaces it.
 */
function readHeaderRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const { mtimeMs } = statSync(file);
  const cached = headerRuleCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.rules;
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = `^${line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')}$`;
      rules.push({ pattern: new RegExp(pattern), headers: {} });
    } else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules[rules.length - 1].headers[name.trim()] = value.join(':').trim();
    }
  }
  headerRuleCache.set(file, { mtimeMs, rules });
  return rules;
}

/**
 * The folder whose `_headers` applies to a file: the nearest one above it, up to the mount's root. A
 * mount of `out/` holds every column, each with its own `_headers` (frame-ancestors differ per body).
 */
function headersRoot(root: string, file: string): string | null {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '_headers'))) return dir;
    if (dir === root || !dir.startsWith(root) || dirname(dir) === dir) return null;
  }
}

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

export const contentType = (file: string) => typeOf(extname(file)) || 'application/octet-stream';

/**
 * Serves folders under URL prefixes on loopback, as a portal would serve a column under a sub-path.
 * Used by the local preview of `npm start` and by the tests.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  port = 0,
  host = '127.0.0.1',
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    const found = lookup(mounts[prefix], path, path.slice(prefix.length));
    if ('status' in found) return res.writeHead(found.status).end();
    if ('redirect' in found) return res.writeHead(301, { Location: found.redirect }).end();
    // Headers the column asks for in its _headers file (CSP frame-ancestors, nosniff, CORS for feeds), as a
    // host would apply them; its rules' paths are from the column's folder, wherever the mount starts.
    const headers: Record<string, string> = { 'Content-Type': contentType(found.file), 'Cache-Control': 'no-cache' };
    const columnDir = headersRoot(resolve(mounts[prefix]), found.file);
    if (columnDir) {
      const atColumn = relative(resolve(mounts[prefix]), columnDir).split(sep).filter(Boolean).join('/');
      const rest = path.slice(prefix.length);
      const within = `/${atColumn ? rest.slice(atColumn.length + 1) : rest}`;
      for (const rule of readHeaderRules(columnDir)) if (rule.pattern.test(within)) Object.assign(headers, rule.headers);
    }
    // A release switched between the lookup and the read: the file may be gone; answer, do not crash.
    const stream = createReadStream(found.file);
    stream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(404).end()));
    stream.once('open', () => {
      res.writeHead(200, headers);
      stream.pipe(res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
