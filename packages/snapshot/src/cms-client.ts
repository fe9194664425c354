import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Talks to the CMS's snapshot endpoint with a read-only API token. */
export interface CmsConnection {
  url: string;
  token: string;
}

export function resolveConnection(root: string, url?: string, token?: string): CmsConnection {
  const tokenFile = join(root, '.data', 'generator-token');
  const resolvedToken = token ?? process.env.COLUMN57_CMS_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
  if (!resolvedToken) {
    throw new Error('no API token: pass --token, set COLUMN57_CMS_TOKEN, or start the CMS with npm start (it writes .data/generator-token)');
  }
  return { url: (url ?? process.env.COLUMN57_CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, ''), token: resolvedToken };
}

export async function getJson<T>(cms: CmsConnection, path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${cms.token}` } });
  } catch (error) {
    throw new Error(`cannot reach the CMS at ${cms.url} (${(error as Error).cause ?? (error as Error).message}); is it running?`);
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => '');
    throw new Error(`${path}: the CMS answered ${response.status} ${response.statusText} ${detail.slice(0, 300)}`);
  }
  return (await response.json()) as T;
}

export async function getBytes(cms: CmsConnection, url: string): Promise<Buffer> {
  const absolute = /^https?:\/\//.test(url) ? url : `${cms.url}${url}`;
  const response = await fetch(absolute);
  if (!response.ok) throw new Error(`${absolute}: ${response.status} ${response.statusText}`);
  return Buffer.from(await response.arrayBuffer());
}
