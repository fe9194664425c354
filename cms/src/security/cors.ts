import type { AddressInfo } from 'node:net';
import { SECURITY_TEXT } from './messages';

/**
 * Which origins may call the CMS from a browser. The admin panel is served by the CMS itself, and
 * the generator, build service and report exports call it from servers, where CORS does not apply:
 * so by default no other origin gets an answer, and no other origin is ever sent credentials
 * (Strapi's default reflected every origin with Allow-Credentials, the token refresh included).
 */
const ORIGIN = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z0-9-]+(?::\d{1,5})?$/;

/** COLUMN57_CORS_ORIGINS: comma-separated origins (https://portal.province.gov.vn); all refused if one is malformed. */
export function parseCorsOrigins(value: string | undefined): string[] {
  const origins = String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = origins.filter((origin) => !ORIGIN.test(origin));
  if (bad.length) {
    throw new Error(`COLUMN57_CORS_ORIGINS: ${bad.map((o) => `"${o}"`).join(', ')} ${SECURITY_TEXT.both('corsNotOrigins')}`);
  }
  return origins;
}

const originOf = (url: unknown): string | null => {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  return new URL(url).origin;
};

const LOOPBACK_OR_ANY = new Set(['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1']);

/** The admin panel's own origins: PUBLIC_URL (server.url) and admin.url when absolute, else where the server listens. */
export function adminOrigins(strapi: any): string[] {
  const origins = new Set<string>();
  for (const url of [strapi.config.get('server.url'), strapi.config.get('admin.url')]) {
    const origin = originOf(url);
    if (origin) origins.add(origin);
  }
  // The port actually bound (tests listen on port 0), not the configured one.
  const address = strapi.server?.httpServer?.address?.() as AddressInfo | null | undefined;
  const port = address?.port ?? strapi.config.get('server.port');
  const host = String(strapi.config.get('server.host') ?? 'localhost');
  if (LOOPBACK_OR_ANY.has(host)) {
    // On a loopback or wildcard address the admin is opened as localhost or 127.0.0.1; any other
    // name it is reached by is the page's own origin, which needs no CORS.
    origins.add(`http://localhost:${port}`);
    origins.add(`http://127.0.0.1:${port}`);
  } else {
    origins.add(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  }
  return [...origins];
}

/** The `origin` option of strapi::cors: the admin's origins and the configured ones, decided per request. */
export function corsOrigin(configured: string[]) {
  return () => {
    const strapi = (globalThis as any).strapi;
    return [...adminOrigins(strapi), ...configured];
  };
}
