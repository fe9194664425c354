import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import compression from 'compression';
import send from 'send';

const headerRuleCache = new Map<string, { mtimeMs: number; rules: Promise<Header[]> }>();

/**
 * Rules of a `_headers` file, read by Netlify's own parser (the format is Netlify's; Cloudflare Pages
 * reads it alike). Parsed once per version of the file: a rebuild while the server runs replaces it.
 */
function readHeaderRules(file: string): Promise<Header[]> {
  const { mtimeMs } = statSync(file);
  const cached = headerRuleCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.rules;
  // A file the parser cannot read in full still gives the rules it could read, as a host would apply them.
  const rules = parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false }).then(({ headers }) =>
    headers.filter((rule): rule is Header => 'forRegExp' in rule),
  );
  headerRuleCache.set(file, { mtimeMs, rules });
  return rules;
}

/**
 * The folder whose `_headers` applies to a URL: the nearest one above what it names, up to the mount's
 * root. A mount of `out/` holds every column, each with its own `_headers` (frame-ancestors differ per body).
 */
function headersRoot(root: string, named: string): string | null {
  for (let dir = named; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '_headers'))) return dir;
    if (dir === root || !dir.startsWith(root) || dirname(dir) === dir) return null;
  }
}

/** The headers a column's `_headers` gives the URL path `within` its mount (CSP frame-ancestors, nosniff, CORS for feeds). */
async function columnHeaders(root: string, within: string): Promise<Record<string, string>> {
  const named = join(root, within);
  // A path leading out of the mount gets no headers: send refuses it.
  if (named !== root && !named.startsWith(`${root}${sep}`)) return {};
  // A folder's URL (the mount's own root is "") names its index.html, in that folder.
  const columnDir = headersRoot(root, within === '' || within.endsWith('/') ? named : dirname(named));
  if (!columnDir) return {};
  // Its rules' paths are from the column's folder, wherever the mount starts.
  const atColumn = relative(root, columnDir).split(sep).filter(Boolean).join('/');
  const path = `/${atColumn ? within.slice(atColumn.length + 1) : within}`;
  const headers: Record<string, string> = {};
  for (const rule of await readHeaderRules(join(columnDir, '_headers'))) if (rule.forRegExp.test(path)) Object.assign(headers, rule.values);
  return headers;
}

/** The column's own `_headers` is configuration, not content: no host serves it (dotfiles `send` refuses itself). */
const isHeadersFile = (path: string) => /(^|\/)_headers$/.test(path);

/**
 * Text (HTML, CSS, JS, JSON, XML, feeds) is sent with brotli or gzip to a client that accepts either, with
 * `Vary: Accept-Encoding`, by Express's `compression` (its negotiation, its list of compressible types).
 * Never a range: a byte range is of the file as stored, which a compressed stream would not match.
 */
// Typed for Express, whose request and response extend Node's; at run time it uses only Node's.
const compress = compression({ filter: (req, res) => !req.headers.range && compression.filter(req, res) }) as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

/**
 * Serves folders under URL prefixes on loopback, as a portal would serve a column under a sub-path.
 * Used by the local preview of `npm start` and by the tests. Files go out through `send` (Express's file
 * sender: ranges, ETag and Last-Modified, traversal and dotfiles refused), text compressed as above; what
 * is ours is the mounts, the columns' `_headers`, and the redirect of a folder named without its "/"
 * (links in a column are relative).
 */
export async function serveStatic(
  mounts: Record<string, string>,
  port = 0,
  host = '127.0.0.1',
): Promise<{ url: string; close(): Promise<void> }> {
  const roots = Object.fromEntries(Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]));
  const server: Server = createServer(async (req, res) => {
    let encoded: string, path: string;
    try {
      encoded = new URL(req.url ?? '/', 'http://x').pathname;
      path = decodeURIComponent(encoded);
    } catch {
      return res.writeHead(400).end();
    }
    const prefix = Object.keys(roots).find((p) => path.startsWith(p) && encoded.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    const within = path.slice(prefix.length);
    if (isHeadersFile(within)) return res.writeHead(404).end();
    let headers: Record<string, string>;
    try {
      headers = await columnHeaders(roots[prefix], within);
    } catch {
      // The _headers file went with a release switched under the request: the file it named is gone too.
      return res.writeHead(404).end();
    }
    await new Promise<void>((next) => compress(req, res, () => next()));
    send(req, `/${encoded.slice(prefix.length)}`, {
      root: roots[prefix],
      dotfiles: 'ignore',
      index: ['index.html'],
      cacheControl: false,
    })
      .on('headers', (response: typeof res) => {
        response.setHeader('Cache-Control', 'no-cache');
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      })
      .on('directory', () => res.writeHead(301, { Location: `${encoded}/` }).end())
      // Errors answer with their status and no page, as before; a file gone mid-stream ends the response.
      .on('error', (error: { status?: number }) => (res.headersSent ? res.destroy() : res.writeHead(error.status ?? 500).end()))
      .pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
