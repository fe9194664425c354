import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorFromUser } from '../access/actor';
import { unscoped, writeScope } from '../access/scope';
import { fieldLabel } from '../admin-labels/field-label';
import { valueKindOf } from '../value-kind';
import { storedVersion } from '../audit/content-hooks';
import { record } from '../audit/record';
import type { RequestContext } from '../request-context';
import { compareVersions, restorable } from './compare';
import { HISTORY_TEXT } from './messages';
import { keepsHistory, type StoredVersion, versionsOf } from './store';

/**
 * The history panel's server side: the versions of a document, two of them compared, and one restored as
 * the new draft. Only those who may change the document (its body's members, the administrator) see its
 * history; to anyone else the document does not exist.
 */
async function checkedDocument(strapi: Core.Strapi, ctx: RequestContext) {
  const { uid, documentId } = ctx.params as { uid: string; documentId: string };
  if (!keepsHistory(uid)) throw new errors.ValidationError(HISTORY_TEXT.both('typeWithoutHistory', { uid }));
  const actor = await actorFromUser(strapi, ctx.state.user);
  const scope = await writeScope(strapi, actor, uid);
  const query = strapi.db.query(uid as UID.Schema);
  const [total, outside] = await unscoped(() =>
    Promise.all([query.count({ where: { documentId } }), scope ? query.count({ where: { documentId, $not: scope } }) : 0]),
  );
  if (!total || outside) throw new errors.NotFoundError(HISTORY_TEXT.both('notFound'));
  const locale = typeof ctx.query.locale === 'string' && ctx.query.locale ? ctx.query.locale : 'vi';
  return { uid, documentId, locale, versions: await versionsOf(strapi, uid, documentId, locale) };
}

function pick(versions: StoredVersion[], field: string, value: unknown): StoredVersion {
  const found = versions.find((v) => String(v.version) === String(value));
  if (!found) throw new errors.ValidationError(HISTORY_TEXT.both('versionMissing', { field, value: String(value ?? '') }));
  return found;
}

export function registerHistoryRoutes(strapi: Core.Strapi) {
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/history/:uid/:documentId',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const { versions, locale } = await checkedDocument(strapi, ctx);
          ctx.body = { locale, versions: versions.map(({ fields: _fields, ...v }) => v) };
        },
      },
      {
        method: 'GET',
        path: '/history/:uid/:documentId/compare',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const { versions } = await checkedDocument(strapi, ctx);
          const from = pick(versions, 'from', ctx.query.from);
          const to = pick(versions, 'to', ctx.query.to);
          const uid = String(ctx.params.uid);
          const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, { type?: string }>;
          const fields = compareVersions(from.fields, to.fields).map((f) => ({
            ...f,
            label: fieldLabel(uid, f.name) ?? f.name,
            kind: valueKindOf(attributes[f.name]?.type),
          }));
          ctx.body = { from: from.version, to: to.version, fields };
        },
      },
      {
        method: 'POST',
        path: '/history/:uid/:documentId/restore',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const { uid, documentId, locale, versions } = await checkedDocument(strapi, ctx);
          const chosen = pick(versions, 'version', (ctx.request.body as { version?: unknown } | undefined)?.version);
          // Written as the editor's own update of the draft: the guards and the content rules apply as to any
          // edit, and the published version is left as it is until someone publishes again.
          const draft = await strapi
            .documents(uid as UID.ContentType)
            .update({ documentId, locale, status: 'draft', data: restorable(chosen.fields) } as any);
          await record(strapi, {
            action: 'restore',
            type: uid,
            documentId,
            locale,
            title: chosen.title,
            body: (await storedVersion(strapi, uid, documentId, locale, false))?.body ?? null,
            changes: { version: { before: null, after: chosen.version } },
          });
          ctx.body = { data: draft, restored: chosen.version };
        },
      },
    ],
  } as any);
}
