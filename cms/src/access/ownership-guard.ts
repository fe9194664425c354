import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Actor, actorForRequest, requestCache } from './actor';
import { isNationalCapable, isOwnedType, isReportingType } from './owned-types';
import { relationTargets } from './relation-targets';
import { isGuardedType, isMediaType, readScope, unscoped, writeScope } from './scope';
import { throwIfProblems, type FieldProblem } from '../validation/field-error';
import { ACCESS_TEXT, sentences } from './messages';
import { attributesOf, relationTargetOf } from '../schema-of';

const CHECKED_WRITE_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
const PUBLISH_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/**
 * What a document is to an actor, decided from every stored row of it (all locales, draft and published),
 * never from the request: a document with one row outside the actor's scope is not the actor's.
 */
export async function documentFor(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, mode: 'read' | 'write') {
  const total = await unscoped(() => strapi.db.query(uid as UID.Schema).count({ where: { documentId } }));
  if (!total) return 'missing' as const;
  const scope = await (mode === 'read' ? readScope : writeScope)(strapi, actor, uid, requestCache(strapi));
  if (!scope) return 'allowed' as const;
  const outside = await unscoped(() => strapi.db.query(uid as UID.Schema).count({ where: { documentId, $not: scope } }));
  return outside ? ('refused' as const) : ('allowed' as const);
}

type Action = 'read' | 'create' | 'change' | 'publish' | 'delete';

function forbidden(actor: Actor, action: Action): never {
  // Both sentences have always named the action in both languages, and the English one "your own body" for every account.
  const values = { action: ACCESS_TEXT.both(action) };
  const vi = ACCESS_TEXT.t('vi', 'actionRefused', {
    ...values,
    who: ACCESS_TEXT.both(actor.kind === 'member' ? 'anotherBody' : 'accountScope'),
  });
  const en = ACCESS_TEXT.t('en', 'actionRefused', { ...values, who: ACCESS_TEXT.t('en', 'ownBody') });
  throw new errors.ForbiddenError(sentences({ vi, en }));
}

/** Ownership comes from the account: whatever the request said about body or national is replaced. */
function assignOwner(actor: Actor, uid: string, data: Record<string, unknown> | undefined) {
  if (!data) return;
  if (actor.kind === 'member') {
    data.body = actor.bodyDocumentId;
    if (isNationalCapable(uid)) data.national = false;
  } else if (actor.kind === 'national') {
    data.body = null;
    data.national = true;
  }
}

/**
 * Relations may point only at content the actor may read: a link to another body's draft or secret task
 * would let it be read back through the link. Checked for every relation of the data, components included.
 */
async function relationProblems(
  strapi: Core.Strapi,
  actor: Actor,
  uid: string,
  data: Record<string, any>,
  prefix = '',
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    const value = data?.[name];
    if (value === undefined || value === null || name === 'body') continue;
    if (attribute.type === 'component') {
      for (const part of Array.isArray(value) ? value : [value]) {
        problems.push(...(await relationProblems(strapi, actor, attribute.component, part, `${prefix}${name}.`)));
      }
      continue;
    }
    const target = relationTargetOf(attribute);
    if (!target || !isGuardedType(target) || isMediaType(target)) continue;
    const asked = relationTargets(value);
    if (!asked.documentIds.size && !asked.ids.size) continue;
    const scope = await readScope(strapi, actor, target, requestCache(strapi));
    if (!scope) continue;
    const found = await unscoped(() =>
      strapi.db.query(target).findMany({
        where: { $and: [{ $or: [{ documentId: { $in: [...asked.documentIds, '-'] } }, { id: { $in: [...asked.ids, -1] } }] }, scope] },
        select: ['id', 'documentId'],
      }),
    );
    const okIds = new Set(found.map((r: any) => r.id));
    const okDocuments = new Set(found.map((r: any) => r.documentId));
    if ([...asked.ids].some((id) => !okIds.has(id)) || [...asked.documentIds].some((d) => !okDocuments.has(d))) {
      problems.push({ field: `${prefix}${name}`, ...ACCESS_TEXT.pair('relationOutsideScope') });
    }
  }
  return problems;
}

/**
 * The document-level half of the ownership rule, behind the RBAC conditions and beside the data guard
 * (access/data-guard.ts), which scopes every database query: here the meaning of a document call is known,
 * so publishing rights, new locales, the owner of new content and the targets of relations are settled.
 */
export function registerOwnershipGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!isOwnedType(uid) && !isReportingType(uid)) return next();
    const actor = await actorForRequest(strapi);
    if (actor.kind === 'system' || actor.kind === 'administrator') return next();
    const params = context.params as Record<string, any>;

    if (action === 'findOne' && params.documentId) {
      // Opening a foreign entry is refused outright, not answered as "not found".
      if ((await documentFor(strapi, actor, uid, params.documentId, 'read')) === 'refused') forbidden(actor, 'read');
      return next();
    }

    if (action === 'create') {
      if (actor.kind === 'nobody' || (actor.kind === 'national' && !isNationalCapable(uid))) forbidden(actor, 'create');
      // A create that names an existing document adds a locale to it: only the document's owner may.
      const existing = params.data?.documentId ?? params.documentId;
      if (typeof existing === 'string' && (await documentFor(strapi, actor, uid, existing, 'write')) === 'refused') {
        forbidden(actor, 'change');
      }
      throwIfProblems(await relationProblems(strapi, actor, uid, params.data ?? {}), uid);
      assignOwner(actor, uid, params.data);
      return next();
    }

    if (CHECKED_WRITE_ACTIONS.has(action)) {
      if (PUBLISH_ACTIONS.has(action) && actor.kind === 'member' && !actor.canPublish) forbidden(actor, 'publish');
      // A report or plan is history once made: only an administrator removes one.
      if (action === 'delete' && actor.kind === 'member' && isReportingType(uid)) forbidden(actor, 'delete');
      const state = params.documentId ? await documentFor(strapi, actor, uid, params.documentId, 'write') : 'missing';
      if (state === 'refused' || (state === 'missing' && action !== 'update')) forbidden(actor, 'change');
      if (params.data && typeof params.data === 'object') {
        delete params.data.documentId; // an edit never re-targets another document
        throwIfProblems(await relationProblems(strapi, actor, uid, params.data), uid);
      }
      if (action === 'update' || action === 'clone') assignOwner(actor, uid, params.data);
      return next();
    }
    return next();
  });
}
