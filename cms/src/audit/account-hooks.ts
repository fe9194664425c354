import type { Core, UID } from '@strapi/strapi';
import { bodyOfUser } from '../access/actor';
import { unscoped } from '../access/scope';
import { fieldChanges } from './changes';
import { ownFields, titleOf } from './content-hooks';
import { record, type Action } from './record';
import type { FieldChange } from './store';

/**
 * Accounts, roles, permissions, media and stored settings are not documents: Strapi writes them through its query engine,
 * so they are watched there, at the database lifecycles every such write fires (single rows and many).
 */
const USER = 'admin::user';
const ROLE = 'admin::role';
const PERMISSION = 'admin::permission';
const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';
/** Settings kept in Strapi's store (i18n settings, the content manager's layouts): administrative changes too. */
const STORE = 'strapi::core-store';
const WATCHED = [USER, ROLE, PERMISSION, FILE, FOLDER, STORE];

type Row = Record<string, any>;
interface LifecycleEvent {
  action: string;
  model: { uid: string };
  params: { where?: Row; data?: Row };
  result?: any;
  state: Row;
}

const populateOf = (uid: string) =>
  uid === USER ? { roles: { select: ['code'] } } : uid === FILE || uid === FOLDER ? { createdBy: { select: ['id'] } } : undefined;

const rowsWhere = (strapi: Core.Strapi, uid: string, where: Row | undefined): Promise<Row[]> =>
  unscoped(() => strapi.db.query(uid as UID.Schema).findMany({ where: where ?? {}, populate: populateOf(uid) }));

/** A row's fields as the log keeps them; a user's roles as their codes, since a role change is an account change. */
function fieldsOf(strapi: Core.Strapi, uid: string, row: Row | undefined): Row | null {
  if (!row) return null;
  const fields = ownFields(strapi, uid, row)!;
  if (uid === USER && Array.isArray(row.roles)) fields.roles = row.roles.map((r: Row) => r.code).sort();
  return fields;
}

/** The body a row is about: an account's own body, or for media the body of the account that created it. */
async function bodyOf(strapi: Core.Strapi, uid: string, row: Row | undefined): Promise<string | null> {
  if (!row) return null;
  const userId = uid === USER ? row.id : uid === FILE || uid === FOLDER ? row.createdBy?.id : undefined;
  return typeof userId === 'number' ? unscoped(() => bodyOfUser(strapi, userId)) : null;
}

function actionOf(uid: string, lifecycle: string, changes: Record<string, FieldChange>): string {
  if (uid === PERMISSION) return 'permissions';
  if (lifecycle.startsWith('afterCreate')) return uid === FILE ? 'upload' : 'create';
  if (lifecycle.startsWith('afterDelete')) return 'delete';
  return (uid === FILE || uid === FOLDER) && ('folderPath' in changes || 'path' in changes) ? 'move' : 'update';
}

async function entryFor(strapi: Core.Strapi, event: LifecycleEvent, before: Row | undefined, after: Row | undefined): Promise<Action> {
  const uid = event.model.uid;
  const row = after ?? before ?? {};
  let changes = fieldChanges(fieldsOf(strapi, uid, before), fieldsOf(strapi, uid, after));
  if (uid === PERMISSION) changes = { permission: { before: before?.action ?? null, after: after?.action ?? null } };
  // A stored setting may hold a provider's credentials inside its JSON: the log says only that it changed.
  if (uid === STORE) changes = Object.keys(changes).length ? { value: { secret: true } } : {};
  return {
    action: actionOf(uid, event.action, changes),
    type: uid,
    // Accounts, roles and files are addressed by id in the admin panel, so the entry names them by it.
    documentId: row.id !== undefined ? String(row.id) : null,
    locale: null,
    title:
      uid === PERMISSION
        ? `${row.action ?? ''} ${row.subject ?? ''}`.trim()
        : uid === STORE
          ? (row.key ?? null)
          : (titleOf(row) ?? row.name ?? null),
    body: await bodyOf(strapi, uid, row),
    changes,
  };
}

export function registerAccountAudit(strapi: Core.Strapi) {
  const remember = async (event: LifecycleEvent) => {
    event.state.auditBefore = await rowsWhere(strapi, event.model.uid, event.params.where);
  };
  const report = async (event: LifecycleEvent) => {
    const uid = event.model.uid;
    const before: Row[] = event.state.auditBefore ?? [];
    const created = event.action.startsWith('afterCreate');
    const deleted = event.action.startsWith('afterDelete');
    let after: Row[] = [];
    if (created) {
      const ids: number[] = event.result?.ids ?? (event.result?.id !== undefined ? [event.result.id] : []);
      after = ids.length ? await rowsWhere(strapi, uid, { id: { $in: ids } }) : [];
    } else if (!deleted) {
      after = before.length ? await rowsWhere(strapi, uid, { id: { $in: before.map((r) => r.id) } }) : [];
    }
    const rows = created ? after.map((a) => [undefined, a] as const) : before.map((b) => [b, after.find((a) => a.id === b.id)] as const);
    for (const [was, is] of rows) {
      const entry = await entryFor(strapi, event, was, is);
      // An update that changed nothing the log keeps (a last-login time) is not an action.
      if (entry.action === 'update' && !Object.keys(entry.changes).length) continue;
      await record(strapi, entry);
    }
  };
  strapi.db.lifecycles.subscribe({
    models: WATCHED,
    beforeUpdate: remember,
    beforeUpdateMany: remember,
    beforeDelete: remember,
    beforeDeleteMany: remember,
    afterCreate: report,
    afterCreateMany: report,
    afterUpdate: report,
    afterUpdateMany: report,
    afterDelete: report,
    afterDeleteMany: report,
  } as any);
  // A sign-in is an action of its own; Strapi tells it on its event hub, inside the login request.
  strapi.eventHub.on('admin.auth.success', async (payload: unknown) => {
    const user = (payload as { user?: Row }).user;
    if (!user?.id) return;
    await record(
      strapi,
      { action: 'login', type: USER, documentId: String(user.id), locale: null, title: user.email ?? null, body: null, changes: {} },
      user as { id: number; email?: string },
    );
  });
}
