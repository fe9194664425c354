import type { Core } from '@strapi/strapi';
import { actorFromUser } from '../access/actor';
import { unscoped } from '../access/scope';
import { bodyExport, checkedFormat, checkedMonth, nationalExport, seesNational } from './access';
import type { ExportFile } from './export';
import { loadBodies, loadReports } from './national';
import { amendReport, submitReport } from './reports';
import { reportFigures } from './fresh-figures';
import { periodOf } from './period';
import type { RequestContext } from '../request-context';

function send(ctx: RequestContext, file: ExportFile, download: boolean) {
  ctx.set('Content-Type', file.contentType);
  ctx.set('Cache-Control', 'no-store');
  if (download) ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
  ctx.body = file.body;
}

/**
 * The reporting page's server side (admin panel sessions): a body's own reports, submitting and
 * amending them, and for MST and administrators the national picture. Every answer is scoped by the
 * account, never by what the request asks for.
 */
export function registerReportingRoutes(strapi: Core.Strapi) {
  const actorOf = (ctx: RequestContext) => actorFromUser(strapi, ctx.state.user);
  // These handlers decide who sees and submits what themselves (reporting/access.ts, mayWrite): the
  // national picture must count every body's rows, so the data guard's per-account scope stays out.
  const decides = (handler: (ctx: RequestContext) => Promise<void>) => (ctx: RequestContext) => unscoped(() => handler(ctx));
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/reporting/overview',
        config: { policies },
        handler: decides(async (ctx: RequestContext) => {
          const actor = await actorOf(ctx);
          const month = checkedMonth(ctx.query.month);
          const bodies = await loadBodies(strapi);
          const mine = actor.kind === 'member' ? (bodies.find((b) => b.documentId === actor.bodyDocumentId) ?? null) : null;
          const reports = mine ? await loadReports(strapi, { body: { documentId: mine.documentId } }) : new Map();
          ctx.body = {
            month,
            account: {
              kind: actor.kind,
              body: mine ? { slug: mine.slug, nameVi: mine.nameVi, nameEn: mine.nameEn } : null,
              canSubmit: actor.kind === 'administrator' || (actor.kind === 'member' && actor.canPublish),
              national: seesNational(actor),
            },
            // Each version says when its month's period ends (Submit opens then) and when it is due.
            reports: mine
              ? [...(reports.get(mine.documentId) ?? [])].reverse().map((r) => ({
                  ...r,
                  opensAt: periodOf(r.month).closesAt.toISOString(),
                  dueDay: periodOf(r.month).dueDay,
                }))
              : [],
            bodies: seesNational(actor) ? bodies.map((b) => ({ slug: b.slug, nameVi: b.nameVi })) : [],
          };
        }),
      },
      {
        method: 'GET',
        path: '/reporting/national',
        config: { policies },
        handler: decides(async (ctx: RequestContext) => {
          send(
            ctx,
            await nationalExport(strapi, await actorOf(ctx), checkedMonth(ctx.query.month), checkedFormat(ctx.query.format)),
            ctx.query.download === '1',
          );
        }),
      },
      {
        method: 'GET',
        path: '/reporting/bodies/:slug',
        config: { policies },
        handler: decides(async (ctx: RequestContext) => {
          send(
            ctx,
            await bodyExport(strapi, await actorOf(ctx), ctx.params.slug, checkedMonth(ctx.query.month), checkedFormat(ctx.query.format)),
            ctx.query.download === '1',
          );
        }),
      },
      {
        method: 'GET',
        path: '/reporting/reports/:documentId/figures',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: await reportFigures(strapi, await actorOf(ctx), ctx.params.documentId) };
        },
      },
      {
        method: 'POST',
        path: '/reporting/reports/:documentId/submit',
        config: { policies },
        handler: decides(async (ctx: RequestContext) => {
          const user = ctx.state.user;
          const who = `${[user.lastname, user.firstname].filter(Boolean).join(' ')} <${user.email}>`;
          const report = await submitReport(strapi, ctx.params.documentId, await actorOf(ctx), who);
          ctx.body = { data: report };
        }),
      },
      {
        method: 'POST',
        path: '/reporting/reports/:documentId/amend',
        config: { policies },
        handler: decides(async (ctx: RequestContext) => {
          const report = await amendReport(strapi, ctx.params.documentId, await actorOf(ctx), String(ctx.request.body?.reason ?? ''));
          ctx.body = { data: report };
        }),
      },
    ],
  } as any);
}
