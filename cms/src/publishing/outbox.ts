import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';

/**
 * The outbox of column changes (issue 20): every committed change that touches columns is a row, written in
 * the same transaction as the change itself, so a build service that is down, restarting or unreachable
 * loses none. Build workers claim rows for a while (a lease), build them, and mark them done; a worker that
 * dies leaves its rows to be claimed again when the lease ends, and the same worker restarted takes its own
 * back at once. Several workers share one queue: a claim skips rows another worker holds.
 *
 * The table is a hidden content type (api::change-notice), so Strapi creates and migrates it on SQLite and
 * PostgreSQL alike; the rows are read and written with the query builder, because a claim must lock
 * (PostgreSQL's FOR UPDATE SKIP LOCKED) and because nobody's account scope applies to them.
 */
export const OUTBOX_TABLE = 'column57_change_notices';

export type ChangeScope = string[] | 'all';
export interface Change {
  id: number;
  at: string;
  uid: string;
  action: string;
  documentId: string | null;
  bodies: ChangeScope;
}

/** How long done rows are kept (for the operator to read back what was built), and rows nobody claims. */
const KEEP_DONE_MS = 7 * 24 * 3600_000;
const KEEP_UNCLAIMED_MS = 30 * 24 * 3600_000;

type Knex = Core.Strapi['db']['connection'];
/** A transaction of Strapi's query builder (the one a document write runs in): used as the builder is. */
export type Transaction = Knex;
const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection;
const isPostgres = (strapi: Core.Strapi) => String((strapi.db.connection as any).client?.config?.client ?? '').startsWith('p');

/** A row's columns as Strapi named them (snake case of the schema's attributes). */
interface Row {
  id: number;
  created_at: Date | string | number;
  change_uid: string;
  action: string;
  changed_document: string | null;
  bodies: unknown;
  worker: string | null;
  lease_until: string | number | null;
  done_at: Date | string | number | null;
}

const asDate = (value: Date | string | number) => new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

function changeOf(row: Row): Change {
  const bodies = typeof row.bodies === 'string' ? JSON.parse(row.bodies) : row.bodies;
  return {
    id: Number(row.id),
    at: asDate(row.created_at).toISOString(),
    uid: row.change_uid,
    action: row.action,
    documentId: row.changed_document,
    bodies: bodies === 'all' ? 'all' : (bodies as string[]),
  };
}

/** Records a change; `trx` is the transaction of the write it describes, when there is one. */
export async function recordChange(
  strapi: Core.Strapi,
  change: { uid: string; action: string; documentId: string | null; bodies: ChangeScope },
  trx?: Transaction,
): Promise<number> {
  const now = new Date();
  const query = (trx ?? knexOf(strapi))(OUTBOX_TABLE);
  const [inserted] = await query.insert(
    {
      document_id: randomBytes(12).toString('hex'),
      change_uid: change.uid,
      action: change.action,
      changed_document: change.documentId,
      bodies: JSON.stringify(change.bodies),
      created_at: now,
      updated_at: now,
    },
    ['id'],
  );
  return Number(typeof inserted === 'object' ? inserted.id : inserted);
}

/**
 * Gives `worker` the changes not yet built that no other worker holds (or whose holder's lease ran out),
 * oldest first, and holds them for `leaseMs`. Rows this worker already holds come back too: a restarted
 * worker resumes what it had taken.
 */
export async function claimChanges(strapi: Core.Strapi, worker: string, leaseMs: number, limit = 500): Promise<Change[]> {
  const now = Date.now();
  // Rows are pruned here too: a deployment whose workers never mark anything done still keeps a bounded table.
  await pruneChanges(strapi);
  return knexOf(strapi).transaction(async (trx) => {
    const select = trx<Row>(OUTBOX_TABLE)
      .select('id', 'created_at', 'change_uid', 'action', 'changed_document', 'bodies', 'worker', 'lease_until', 'done_at')
      .whereNull('done_at')
      .andWhere((q) => q.whereNull('worker').orWhere('worker', worker).orWhere('lease_until', '<', now))
      .orderBy('id')
      .limit(limit);
    // Two workers claiming at once each skip the rows the other is taking (SQLite writes one at a time).
    const rows = isPostgres(strapi) ? await select.forUpdate().skipLocked() : await select;
    if (!rows.length) return [];
    await trx(OUTBOX_TABLE)
      .whereIn(
        'id',
        rows.map((r) => r.id),
      )
      .update({ worker, lease_until: now + leaseMs, updated_at: new Date(now) });
    return rows.map(changeOf);
  });
}

/** Holds this worker's changes longer (a long build); returns how many it still held. */
export async function renewChanges(strapi: Core.Strapi, worker: string, ids: number[], leaseMs: number): Promise<number> {
  if (!ids.length) return 0;
  return knexOf(strapi)(OUTBOX_TABLE)
    .whereIn('id', ids)
    .andWhere('worker', worker)
    .whereNull('done_at')
    .update({ lease_until: Date.now() + leaseMs, updated_at: new Date() });
}

/** Marks this worker's changes built; a row another worker has since taken over stays that worker's. */
export async function finishChanges(strapi: Core.Strapi, worker: string, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const done = await knexOf(strapi)(OUTBOX_TABLE)
    .whereIn('id', ids)
    .andWhere('worker', worker)
    .whereNull('done_at')
    .update({ done_at: new Date(), updated_at: new Date() });
  return done;
}

/** Gives this worker's changes back at once (a build it could not do), for any worker to claim. */
export async function releaseChanges(strapi: Core.Strapi, worker: string, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  return knexOf(strapi)(OUTBOX_TABLE)
    .whereIn('id', ids)
    .andWhere('worker', worker)
    .whereNull('done_at')
    .update({ worker: null, lease_until: null, updated_at: new Date() });
}

/** How many changes wait for a build, and since when (the operator's view, and the tests'). */
export async function pendingChanges(strapi: Core.Strapi): Promise<{ count: number; oldest: string | null }> {
  const [row] = await knexOf(strapi)(OUTBOX_TABLE).whereNull('done_at').count({ count: 'id' }).min({ oldest: 'created_at' });
  const count = Number((row as any)?.count ?? 0);
  const oldest = (row as any)?.oldest;
  return { count, oldest: count && oldest !== null && oldest !== undefined ? asDate(oldest).toISOString() : null };
}

async function pruneChanges(strapi: Core.Strapi) {
  const now = Date.now();
  await knexOf(strapi)(OUTBOX_TABLE)
    .where((q) =>
      q
        .where((done) => done.whereNotNull('done_at').andWhere('done_at', '<', new Date(now - KEEP_DONE_MS)))
        .orWhere('created_at', '<', new Date(now - KEEP_UNCLAIMED_MS)),
    )
    .delete();
}
