import type { Core, UID } from '@strapi/strapi';
import { unscoped } from '../access/scope';
import { fieldChanges } from './changes';
import { isRecording, record } from './record';
import type { FieldChange } from './store';

/**
 * Every write of content passes through Strapi's document service, whoever makes it: the admin panel, the
 * scheduler, our own routes, the REST API. One middleware there records each one, with the stored row read
 * before and after, so what the log says changed is what the database holds, not what a request claimed.
 */
const ACTIONS: Record<string, string> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discardDraft',
};

type Row = Record<string, any>;

/** A stored row's own fields (no relations or components) and the body that owns it. */
export interface Version {
  fields: Row;
  body: string | null;
  title: string | null;
}

const TITLE_FIELDS = ['title', 'nameVi', 'name', 'recipient', 'number', 'code', 'month', 'slug', 'email'];
export const titleOf = (row: Row) => {
  for (const name of TITLE_FIELDS) if (typeof row[name] === 'string' && row[name]) return row[name] as string;
  return null;
};

const NOT_FIELDS = new Set(['relation', 'component', 'dynamiczone', 'media']);

/** The attributes a version keeps: everything stored in the row itself. */
export function ownFields(strapi: Core.Strapi, uid: string, row: Row | null): Row | null {
  if (!row) return null;
  const attributes = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, { type: string }>;
  return Object.fromEntries(Object.entries(row).filter(([name]) => attributes[name] && !NOT_FIELDS.has(attributes[name].type)));
}

/** The draft or the published row of a document in one locale (any locale when none is named). */
export async function storedVersion(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | undefined,
  published: boolean,
): Promise<Version | null> {
  const model = strapi.getModel(uid as UID.Schema) as any;
  const where: Row = { documentId };
  if (model?.options?.draftAndPublish) where.publishedAt = published ? { $notNull: true } : { $null: true };
  if (locale && locale !== '*' && model?.pluginOptions?.i18n?.localized) where.locale = locale;
  const hasBody = model?.attributes?.body?.type === 'relation';
  const row: Row | null = await unscoped(() =>
    strapi.db.query(uid as UID.Schema).findOne({ where, populate: hasBody ? { body: { select: ['documentId'] } } : undefined }),
  );
  if (!row) return null;
  // A body's own entries belong to it; the province's publishers see their communes' through actorBody.
  const body = uid === 'api::body.body' ? row.documentId : (row.body?.documentId ?? null);
  return { fields: ownFields(strapi, uid, row)!, body, title: titleOf(row) };
}

/** Which stored rows an action is about: the published one for publishing, the draft otherwise. */
const readsPublished = (action: string) => action === 'publish' || action === 'unpublish';

export function registerContentAudit(
  strapi: Core.Strapi,
  afterPublish: (uid: string, documentId: string, locale?: string) => Promise<void>,
) {
  strapi.documents.use(async (context, next) => {
    const action = ACTIONS[context.action];
    if (!action || !context.uid.startsWith('api::') || !isRecording()) return next();
    const params = context.params as { documentId?: string; locale?: string };
    const uid = context.uid;
    // A localised type written without a locale is written in the default one, Vietnamese.
    const localized = Boolean((strapi.getModel(uid as UID.Schema) as any)?.pluginOptions?.i18n?.localized);
    const locale = localized ? (params.locale ?? 'vi') : undefined;
    const before = params.documentId ? await storedVersion(strapi, uid, params.documentId, locale, readsPublished(action)) : null;
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId ?? null;
    const after =
      documentId && action !== 'delete' && action !== 'unpublish'
        ? await storedVersion(strapi, uid, documentId, locale, readsPublished(action))
        : null;
    let changes: Record<string, FieldChange> = {};
    if (action !== 'unpublish') changes = fieldChanges(before?.fields, after?.fields);
    await record(strapi, {
      action,
      type: uid,
      documentId,
      locale: locale ?? null,
      title: after?.title ?? before?.title ?? null,
      body: after?.body ?? before?.body ?? null,
      changes,
    });
    if (action === 'publish' && documentId) await afterPublish(uid, documentId, locale);
    return result;
  });
}
