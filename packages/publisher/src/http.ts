import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FramingReportReader } from './framing-reports.ts';
import type { PreviewRenderer } from './preview.ts';
import { PUBLISHER_TEXT } from './messages.ts';
import { NoticeError, scopeOfNotice } from './scope.ts';
import type { BuildService } from './service.ts';
import { readLimitedBody } from './request-body.ts';
import { statusPage } from './status-page.ts';
import type { WebSubHub } from './websub-hub.ts';

const MAX_NOTICE_BYTES = 1 << 20;

function authorised(req: IncomingMessage, secret: string): boolean {
  if (!secret) return true;
  const given = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The build service's door: change notices in (POST /hooks/cms), status out (/status, /status.json).
 * It listens on loopback: the CMS and the operator are on the same machine or reach it through a proxy.
 * Two routes may face the public through that proxy: POST /framing-reports/<slug>, where browsers report
 * a portal page the column refused to be framed by (framing-reports.ts), and /websub, the included WebSub
 * hub where readers subscribe to the columns' feeds (websub-hub.ts), when it is given.
 */
export async function listen(
  service: BuildService,
  options: { port: number; host?: string; secret: string; preview?: PreviewRenderer; websub?: WebSubHub },
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const framingReports = new FramingReportReader();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(value));
    try {
      if (req.method === 'POST' && url.pathname === '/hooks/cms') {
        if (!authorised(req, options.secret)) return json(401, { error: PUBLISHER_TEXT.both('noticeUnauthorised') });
        let payload: unknown;
        try {
          payload = JSON.parse(await readLimitedBody(req, MAX_NOTICE_BYTES, () => new NoticeError(PUBLISHER_TEXT.both('noticeTooLarge'))));
        } catch (error) {
          throw error instanceof NoticeError ? error : new NoticeError(PUBLISHER_TEXT.both('noticeNotJson'));
        }
        const { scope, what } = scopeOfNotice(payload);
        service.notify(scope, what);
        return json(202, { queued: scope === 'all' ? 'all' : [...scope] });
      }
      // The included WebSub hub: public through the same proxy as the framing reports, when a deployment uses it.
      if (options.websub && url.pathname === '/websub') return await options.websub.handle(req, res);
      const framing = /^\/framing-reports\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(url.pathname);
      if (req.method === 'POST' && framing) {
        const slug = framing[1];
        const read = await framingReports.read(req, Object.hasOwn(service.status.status.bodies, slug));
        if ('origin' in read) service.status.refusedFraming(slug, read.origin);
        // A browser sends reports without reading the answer: nothing to say, whatever was sent.
        return res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      }
      if (req.method === 'GET' && url.pathname === '/status.json') {
        const body = url.searchParams.get('body');
        return json(200, body ? service.status.forBody(body) : service.status.status);
      }
      if (req.method === 'GET' && (url.pathname === '/status' || url.pathname === '/')) {
        const body = url.searchParams.get('body');
        return res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
          .end(statusPage(body ? service.status.forBody(body) : service.status.status));
      }
      const preview = /^\/preview\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)(?:\/(.*))?$/.exec(url.pathname);
      if (req.method === 'GET' && preview && options.preview)
        return await options.preview.handle(res, preview[1], decodeURIComponent(preview[2] ?? ''), url.pathname);
      if (url.pathname === '/_health') return res.writeHead(204).end();
      return json(404, { error: PUBLISHER_TEXT.both('noRoute', { route: `${req.method} ${url.pathname}` }) });
    } catch (error) {
      if (error instanceof NoticeError) return json(400, { error: error.message });
      return json(500, { error: (error as Error).message });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
