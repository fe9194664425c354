import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_LOG_TEXT } from './messages.ts';

/** Talks to the CMS's snapshot endpoint with a read-only API token. */
export interface CmsConnection {
  url: string;
  token: string;
}

/** Which token a tool uses: the generator's (published content) by default, or e.g. the report exporter's. */
export interface TokenSource {
  file: string;
  env: string;
}
const GENERATOR_TOKEN: TokenSource = { file: 'generator-token', env: 'COLUMN57_CMS_TOKEN' };

export function resolveConnection(root: string, url?: string, token?: string, source: TokenSource = GENERATOR_TOKEN): CmsConnection {
  const tokenFile = join(root, '.data', source.file);
  const resolvedToken = token ?? process.env[source.env] ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
  if (!resolvedToken) {
    throw new Error(SNAPSHOT_LOG_TEXT.both('noToken', { env: source.env, file: source.file }));
  }
  return { url: (url ?? process.env.COLUMN57_CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, ''), token: resolvedToken };
}

export async function getJson<T>(cms: CmsConnection, path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${cms.token}` } });
  } catch (error) {
    const reason = String((error as Error).cause ?? (error as Error).message);
    throw new Error(SNAPSHOT_LOG_TEXT.both('cannotReachCms', { url: cms.url, reason }), { cause: error });
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => '');
    const status = `${response.status} ${response.statusText}`;
    throw new Error(SNAPSHOT_LOG_TEXT.both('cmsAnswered', { path, status, detail: detail.slice(0, 300) }));
  }
  return (await response.json()) as T;
}

export async function getBytes(cms: CmsConnection, url: string): Promise<Buffer> {
  const absolute = /^https?:\/\//.test(url) ? url : `${cms.url}${url}`;
  const response = await fetch(absolute);
  if (!response.ok) throw new Error(`${absolute}: ${response.status} ${response.statusText}`);
  return Buffer.from(await response.arrayBuffer());
}
