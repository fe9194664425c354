import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Actor, actorForRequest, requestCache } from './actor';
import { relationTargets } from './relation-targets';
import {
  BODY,
  bodyWriteScope,
  FILE,
  FOLDER,
  type Filters,
  isGuardedType,
  isMediaType,
  isUnscoped,
  readScope,
  unscoped,
  within,
  writeScope,
} from './scope';
import { ACCESS_TEXT, sentences } from './messages';

/**
 * The enforcement point under every plugin: each database query on a guarded type made for a signed-in
 * account is narrowed to the rows the ownership rule (access/scope.ts) lets it read or change, and every
 * relation a query populates is stripped of rows the account may not read. Content-manager, relations,
 * i18n, upload and any route a later Strapi adds all reach the database through these queries, so none
 * needs a rule of its own. (Strapi's raw query builder is not seen here; access/raw-queries.ts covers the
 * two upload paths that use it, and the route inventory test finds any new one.)
 */

type Event = { action: string; model: { uid: string }; params: Record<string, any>; result?: unknown };

const READS = new Set(['beforeFindOne', 'beforeFindMany', 'beforeCount']);
const WRITES = new Set(['beforeUpdate', 'beforeUpdateMany', 'beforeDelete', 'beforeDeleteMany']);

function refuse(actor: Actor, field: string): never {
  const whose = actor.kind === 'member' ? 'ofAnotherBody' : 'outsideAccountScope';
  // The Vietnamese sentence has always named whose content in both languages; the English one in English.
  const vi = ACCESS_TEXT.t('vi', 'useOrChangeRefused', { whose: ACCESS_TEXT.both(whose), field });
  const en = ACCESS_TEXT.t('en', 'useOrChangeRefused', { whose: ACCESS_TEXT.t('en', whose), field });
  throw new errors.ForbiddenError(sentences({ vi, en }));
}

/** The ids a relation value links at the database level (a file's folder, a folder's parent). */
const idsOf = (value: unknown) => [...relationTargets(value).ids];

export function registerDataGuard(strapi: Core.Strapi) {
  /** Which attributes of a model lead (directly or through components) to a guarded type. */
  const guardedPaths = new Map<string, Array<{ name: string; target?: string; component?: string; zone?: boolean }>>();
  const pathsOf = (uid: string) => {
    if (guardedPaths.has(uid)) return guardedPaths.get(uid)!;
    guardedPaths.set(uid, []); // a component that contains itself ends here
    const model = strapi.db.metadata.get(uid) as any;
    const found: Array<{ name: string; target?: string; component?: string; zone?: boolean }> = [];
    for (const [name, attribute] of Object.entries<any>(model?.attributes ?? {})) {
      if (attribute.type === 'relation' && attribute.target && isGuardedType(attribute.target) && !isMediaType(attribute.target)) {
        found.push({ name, target: attribute.target });
      } else if (attribute.type === 'component' && pathsOf(attribute.component).length) {
        found.push({ name, component: attribute.component });
      } else if (attribute.type === 'dynamiczone' && (attribute.components ?? []).some((c: string) => pathsOf(c).length)) {
        found.push({ name, zone: true });
      }
    }
    guardedPaths.set(uid, found);
    return found;
  };

  /** Rows (in populated results) whose relations lead to guarded content, grouped by target type. */
  function collect(uid: string, rows: unknown, into: Map<string, Set<number>>) {
    for (const row of Array.isArray(rows) ? rows : rows ? [rows] : []) {
      if (!row || typeof row !== 'object') continue;
      for (const path of pathsOf(uid)) {
        const value = (row as any)[path.name];
        if (value === undefined || value === null) continue;
        if (path.target) {
          for (const item of Array.isArray(value) ? value : [value]) {
            if (item && typeof item === 'object' && typeof item.id === 'number') {
              if (!into.has(path.target)) into.set(path.target, new Set());
              into.get(path.target)!.add(item.id);
              // A populated row may carry relations of its own (populate[relatedArticles][populate]=…).
              collect(path.target, item, into);
            }
          }
        } else if (path.component) collect(path.component, value, into);
        else for (const part of Array.isArray(value) ? value : []) if (part?.__component) collect(part.__component, part, into);
      }
    }
  }

  function strip(uid: string, rows: unknown, allowed: Map<string, Set<number>>): unknown {
    const clean = (row: any) => {
      if (!row || typeof row !== 'object') return row;
      for (const path of pathsOf(uid)) {
        const value = row[path.name];
        if (value === undefined || value === null) continue;
        if (path.target) {
          // Only populated rows are judged; a relation count ({ count: 3 }) carries no content.
          const ok = allowed.get(path.target) ?? new Set<number>();
          const keep = (item: any) => typeof item?.id !== 'number' || ok.has(item.id);
          row[path.name] = Array.isArray(value) ? value.filter(keep) : keep(value) ? value : null;
          if (row[path.name]) strip(path.target, row[path.name], allowed);
        } else if (path.component) strip(path.component, value, allowed);
        else for (const part of Array.isArray(value) ? value : []) if (part?.__component) strip(part.__component, part, allowed);
      }
      return row;
    };
    return Array.isArray(rows) ? rows.map(clean) : clean(rows);
  }

  async function stripUnreadable(actor: Actor, uid: string, result: unknown, cache?: Record<string, unknown>) {
    const referenced = new Map<string, Set<number>>();
    collect(uid, result, referenced);
    if (!referenced.size) return;
    const allowed = new Map<string, Set<number>>();
    for (const [target, ids] of referenced) {
      const scope = await readScope(strapi, actor, target, cache);
      if (!scope) {
        allowed.set(target, ids);
        continue;
      }
      const rows = await unscoped(() =>
        strapi.db.query(target as UID.Schema).findMany({
          where: within({ id: { $in: [...ids] } }, scope),
          select: ['id'],
        }),
      );
      allowed.set(target, new Set(rows.map((r: { id: number }) => r.id)));
    }
    strip(uid, result, allowed);
  }

  /** A row that will be linked to (a file's folder, a folder's parent) must be the actor's to change. */
  async function requireWritable(actor: Actor, uid: string, ids: number[], field: string, cache?: Record<string, unknown>) {
    if (!ids.length) return;
    const scope = await writeScope(strapi, actor, uid, cache);
    if (!scope) return;
    const mine = await unscoped(() => strapi.db.query(uid as UID.Schema).count({ where: within({ id: { $in: ids } }, scope) }));
    if (mine !== new Set(ids).size) refuse(actor, field);
  }

  async function checkCreate(actor: Actor, uid: string, data: Record<string, any>, cache?: Record<string, unknown>) {
    if (uid === FILE) await requireWritable(actor, FOLDER, idsOf(data.folder), 'folder', cache);
    if (uid === FOLDER) await requireWritable(actor, FOLDER, idsOf(data.parent), 'parent', cache);
    if (isMediaType(uid) || !data.documentId) return;
    // A new row of an existing document (a locale, a published version) joins that document: the
    // document must already be the actor's, whatever the new row says about its owner.
    const scope = await writeScope(strapi, actor, uid, cache);
    if (!scope) return;
    const foreign = await unscoped(() => strapi.db.query(uid as UID.Schema).count({ where: { documentId: data.documentId, $not: scope } }));
    if (foreign > 0) refuse(actor, 'documentId');
  }

  /**
   * Bodies are read by everyone (they are public facts); a body's row is changed only within the commune
   * rule (scope.ts, `bodyWriteScope`): a province's publishers change their communes, and create a body
   * only as one of them.
   */
  async function guardBodyWrite(actor: Actor, action: string, params: Record<string, any>) {
    const scope = bodyWriteScope(actor);
    if (!scope) return;
    if (action === 'beforeCreate') {
      const own = actor.kind === 'member' && actor.canPublish ? actor.bodyDocumentId : null;
      const parentIds = idsOf(params.data?.parent);
      const owner = own ? await unscoped(() => strapi.db.query(BODY).findOne({ where: { documentId: own }, select: ['id'] })) : null;
      if (!owner || parentIds.length !== 1 || parentIds[0] !== owner.id) refuse(actor, 'parent');
      return;
    }
    const where = params.where as Filters | undefined;
    const rows = await unscoped(() => strapi.db.query(BODY).findMany({ where: within(where, scope), select: ['id'] }));
    params.where = within(where, { id: { $in: rows.length ? rows.map((r: { id: number }) => r.id) : [-1] } });
  }

  strapi.db.lifecycles.subscribe(async (event: Event) => {
    const {
      action,
      model: { uid },
    } = event;
    const before = READS.has(action) || WRITES.has(action) || action === 'beforeCreate';
    const after = action === 'afterFindOne' || action === 'afterFindMany';
    if (!before && !after) return;
    const bodyWrite = uid === BODY && (WRITES.has(action) || action === 'beforeCreate');
    if (before && !isGuardedType(uid) && !bodyWrite) return;
    if (after && (!event.result || !pathsOf(uid).length)) return;
    if (isUnscoped()) return;
    const actor = await actorForRequest(strapi);
    if (actor.kind === 'system' || actor.kind === 'administrator') return;
    const cache = requestCache(strapi);

    if (after) return stripUnreadable(actor, uid, event.result, cache);
    if (bodyWrite) return guardBodyWrite(actor, action, event.params);
    if (action === 'beforeCreate') return checkCreate(actor, uid, event.params.data ?? {}, cache);
    if (READS.has(action)) {
      event.params.where = within(event.params.where as Filters | undefined, await readScope(strapi, actor, uid, cache));
      return;
    }
    // Updates and deletes touch only the actor's own rows; a move into someone else's folder is refused.
    // The scope is turned into ids first: an update or delete whose filter needs a join runs as a subquery,
    // which Strapi's query builder cannot do for every dialect.
    const scope = await writeScope(strapi, actor, uid, cache);
    if (scope) {
      const where = event.params.where as Filters | undefined;
      const rows = await unscoped(() => strapi.db.query(uid as UID.Schema).findMany({ where: within(where, scope), select: ['id'] }));
      event.params.where = within(where, { id: { $in: rows.length ? rows.map((r: { id: number }) => r.id) : [-1] } });
    }
    const data = event.params.data ?? {};
    if (uid === FILE && 'folder' in data) await requireWritable(actor, FOLDER, idsOf(data.folder), 'folder', cache);
    if (uid === FOLDER && 'parent' in data) await requireWritable(actor, FOLDER, idsOf(data.parent), 'parent', cache);
  });
}
