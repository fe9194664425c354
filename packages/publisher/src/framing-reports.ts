import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Refused framings, as browsers report them. A column's CSP names this service's `/framing-reports/<slug>`
 * as its `report-uri` (sites/src/lib/feeds.ts): when a portal page on an origin the body has not allowed
 * frames the column, the browser refuses it and posts a CSP report here. The report itself names only the
 * column; the portal's origin is in the request's Referer (the framing page, cut to its origin by the
 * default referrer policy). The status page lists them, so whoever runs the column can see which portal
 * was refused and add its origin in the CMS.
 *
 * The route is the one door of the service meant to face the public (through the deployment's proxy):
 * anyone can post anything to it. So a report is only counted, never stored as sent; a column keeps its
 * most recently seen origins only; and each client address is rate-limited.
 */
export interface FramingRefusal {
  origin: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

/** Origins kept per column: the most recently refused. A flood of made-up origins pushes out old ones, no more. */
export const MAX_ORIGINS_PER_COLUMN = 20;
/** A CSP report is a few hundred bytes; anything much larger is not one. */
export const MAX_REPORT_BYTES = 16 * 1024;
/** Reports a client address may send a minute (a portal page reloaded by one visitor sends one each time). */
const REPORTS_PER_MINUTE = 30;

/** Why a report was not counted: answered as 204 all the same (the sender is a browser; nobody reads it). */
export type Ignored = 'too-large' | 'not-json' | 'not-frame-ancestors' | 'unknown-column' | 'no-origin' | 'rate-limited';

/** The framing page's origin, from the report request's Referer; null when absent or not a web origin. */
export function refusedOrigin(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return ['http:', 'https:'].includes(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether a posted body is a CSP report of a refused frame-ancestors (the `report-uri` form, or a Reporting API list). */
export function isFrameAncestorsReport(text: string): boolean | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const reports = Array.isArray(value)
    ? value.map((r) => (r as { body?: unknown })?.body)
    : [(value as { 'csp-report'?: unknown })?.['csp-report']];
  return reports.some((report) => {
    const r = (report ?? {}) as Record<string, unknown>;
    const directive = String(r['effective-directive'] ?? r.effectiveDirective ?? r['violated-directive'] ?? '');
    return directive.split(/\s/)[0] === 'frame-ancestors';
  });
}

/** Adds one refusal to a column's list, keeping the most recent origins. */
export function countRefusal(list: FramingRefusal[], origin: string, at: string): FramingRefusal[] {
  const existing = list.find((r) => r.origin === origin);
  const next = existing
    ? list.map((r) => (r === existing ? { ...r, count: r.count + 1, lastSeen: at } : r))
    : [...list, { origin, count: 1, firstSeen: at, lastSeen: at }];
  return next.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen)).slice(0, MAX_ORIGINS_PER_COLUMN);
}

/** Reads a report request and decides whether it counts: the origin to count, or why it was ignored. */
export class FramingReportReader {
  private readonly limiter = new RateLimiterMemory({ points: REPORTS_PER_MINUTE, duration: 60 });

  async read(req: IncomingMessage, knownColumn: boolean): Promise<{ origin: string } | { ignored: Ignored }> {
    const client = clientAddress(req);
    try {
      await this.limiter.consume(client);
    } catch {
      req.resume();
      return { ignored: 'rate-limited' };
    }
    const text = await readLimited(req, MAX_REPORT_BYTES);
    if (text === null) return { ignored: 'too-large' };
    const frameAncestors = isFrameAncestorsReport(text);
    if (frameAncestors === null) return { ignored: 'not-json' };
    if (!frameAncestors) return { ignored: 'not-frame-ancestors' };
    if (!knownColumn) return { ignored: 'unknown-column' };
    const origin = refusedOrigin(req.headers.referer);
    if (!origin) return { ignored: 'no-origin' };
    return { origin };
  }
}

/**
 * Whom to rate-limit. The service listens on loopback, so a report from the public comes through the
 * deployment's proxy: then the client is the last address the proxy added to X-Forwarded-For (earlier
 * ones are the client's own word). A direct caller is its socket's address.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return loopback && forwarded.length ? forwarded[forwarded.length - 1] : peer;
}

/** The request's body as text, or null once it passes `limit` bytes (the rest is drained, not kept). */
function readLimited(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let over = false;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
