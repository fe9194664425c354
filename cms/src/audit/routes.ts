import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Actor, actorFromUser } from '../access/actor';
import { isMonth, vnMonth } from '../reporting/period';
import type { RequestContext } from '../request-context';
import { AUDIT_FORMATS, type AuditFormat, auditFile } from './export';
import { named } from './names';
import { AUDIT_TEXT } from './messages';
import { findEntries } from './store';

/**
 * Reading the log (admin panel sessions): a body's publishers read their own body's entries (what was done
 * to its content and what its accounts did), the administrator every entry. Editors and national editors
 * read none. The scope comes from the account, never from the request.
 */
export function readableBodies(actor: Actor): string[] | null {
  if (actor.kind === 'administrator') return null;
  if (actor.kind === 'member' && actor.canPublish) return [actor.bodyDocumentId];
  throw new errors.ForbiddenError(AUDIT_TEXT.both('readRefused'));
}

function checkedMonth(value: unknown): string {
  const month = value === undefined || value === '' ? vnMonth(new Date()) : String(value);
  if (!isMonth(month)) throw new errors.ValidationError(AUDIT_TEXT.both('monthInvalid', { value: month }));
  return month;
}

function checkedFormat(value: unknown): AuditFormat {
  const format = String(value ?? 'csv');
  if (!(AUDIT_FORMATS as readonly string[]).includes(format))
    throw new errors.ValidationError(AUDIT_TEXT.both('formatInvalid', { value: format }));
  return format as AuditFormat;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export function registerAuditRoutes(strapi: Core.Strapi) {
  const policies = ['admin::isAuthenticatedAdmin'];
  const filtersOf = async (ctx: RequestContext) => ({
    month: checkedMonth(ctx.query.month),
    bodies: readableBodies(await actorFromUser(strapi, ctx.state.user)),
    user: text(ctx.query.user),
    type: text(ctx.query.type),
    action: text(ctx.query.action),
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/audit',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const filters = await filtersOf(ctx);
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { month: filters.month, entries: (await findEntries(strapi, filters)).map((e) => named(strapi, e)) };
        },
      },
      {
        method: 'GET',
        path: '/audit/export',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const filters = await filtersOf(ctx);
          const entries = (await findEntries(strapi, filters)).map((e) => named(strapi, e));
          const file = await auditFile(entries, filters.month, checkedFormat(ctx.query.format));
          ctx.set('Content-Type', file.contentType);
          ctx.set('Cache-Control', 'no-store');
          ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
          ctx.body = file.body;
        },
      },
    ],
  } as any);
}
