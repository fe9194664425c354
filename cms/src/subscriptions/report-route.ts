import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../request-context';
import { hasBearer } from '../security/bearer';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import { readMailReport } from './reports';
import { deleteSubscription, forgetAddress, subscriptionByToken } from './store';

/** A report is a mail: the original comes back inside a complaint, so a few megabytes at most. */
const MAX_BYTES = 5 * 1024 * 1024;

async function rawBody(ctx: RequestContext): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /api/column57/subscriptions/reports: where the mail server hands over what comes back to the sending
 * address (a Postfix pipe or an alias to `curl --data-binary @-`, see the README), one raw message per request,
 * `Content-Type: message/rfc822`, with `Authorization: Bearer $COLUMN57_MAIL_REPORTS_SECRET`. Off without the
 * secret. A hard bounce drops every subscription of the address; a complaint drops the subscription its mail
 * was for (or, when the report does not say which, the address's).
 */
export function mailReportRoute(strapi: Core.Strapi, prefix: string) {
  return {
    method: 'POST',
    path: `${prefix}/reports`,
    config: { auth: false },
    handler: async (ctx: RequestContext) => {
      const secret = process.env.COLUMN57_MAIL_REPORTS_SECRET ?? '';
      if (!secret) return ctx.notFound(TEXT.both('reportsOff'));
      if (!hasBearer(ctx, secret)) return ctx.unauthorized(TEXT.both('reportsRefused'));
      if (!ctx.is('message/rfc822', 'message/*', 'text/plain')) return ctx.badRequest(TEXT.both('reportsNotAMail'));
      const raw = typeof ctx.request.body === 'string' ? Buffer.from(ctx.request.body) : await rawBody(ctx);
      if (!raw) return ctx.throw(413, TEXT.both('reportsTooLarge'));
      const report = await readMailReport(raw);
      let dropped = 0;
      if (report.kind === 'bounce') {
        for (const address of report.addresses) dropped += await forgetAddress(strapi, address);
      } else if (report.kind === 'complaint') {
        const subscriptions = (await Promise.all(report.tokens.map((token) => subscriptionByToken(strapi, token)))).filter(
          (s) => s !== null,
        );
        for (const subscription of subscriptions) await deleteSubscription(strapi, subscription);
        dropped += subscriptions.length;
        if (!report.tokens.length) for (const address of report.addresses) dropped += await forgetAddress(strapi, address);
      }
      if (dropped) strapi.log.warn(`column57: ${TEXT.both('reportDropped', { kind: report.kind, count: dropped })}`);
      // The mail server needs only to know it was taken; who was on the list is not its business.
      ctx.status = 202;
      ctx.body = { data: { kind: report.kind, dropped } };
    },
  };
}
