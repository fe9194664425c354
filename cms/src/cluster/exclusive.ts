import type { Core } from '@strapi/strapi';
import { createHash } from 'node:crypto';

/**
 * Work that one CMS instance at a time may do, when several run behind a load balancer on one PostgreSQL
 * database (issue 20): scheduled publishing, report preparation, reminders, subscribers' mail and the mail
 * queue. The lock is PostgreSQL's own advisory lock, held on one connection for the length of the run, so an
 * instance that dies lets go of it with its connection. SQLite is one instance's database: nothing to share.
 */

/** Every column57 lock shares this first key, so they never meet another application's advisory locks. */
const COLUMN57_LOCKS = 57_057;

/** A lock's two keys: column57's, and 32 bits of a hash of its name. */
export const lockKey = (name: string): [number, number] => [
  COLUMN57_LOCKS,
  createHash('sha256').update(`column57:${name}`).digest().readInt32BE(0),
];

const isPostgres = (strapi: Core.Strapi) => String((strapi.db.connection as any).client?.config?.client ?? '').startsWith('p');

export type Exclusive<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `run` holding the lock `name`. Without `wait`, returns `{ ran: false }` at once when another instance
 * holds it (a periodic task: that instance does this round); with `wait`, waits for it (a shared queue).
 */
export async function exclusive<T>(strapi: Core.Strapi, name: string, run: () => Promise<T>, wait = false): Promise<Exclusive<T>> {
  if (!isPostgres(strapi)) return { ran: true, value: await run() };
  const knex = strapi.db.connection as any;
  const connection = await knex.client.acquireConnection();
  const key = lockKey(name);
  try {
    const taken = await knex
      .raw(wait ? 'select pg_advisory_lock(?, ?), true as locked' : 'select pg_try_advisory_lock(?, ?) as locked', key)
      .connection(connection);
    if (!taken.rows[0].locked) return { ran: false };
    try {
      return { ran: true, value: await run() };
    } finally {
      await knex.raw('select pg_advisory_unlock(?, ?)', key).connection(connection);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

/**
 * A periodic task (a cron tick): never overlapping itself in this instance, and done by one instance at a
 * time across the cluster. `settled` waits for a run under way (the CMS's destroy()).
 */
export function periodicTask(strapi: Core.Strapi, name: string, run: () => Promise<unknown>, onError: (error: Error) => void) {
  let running: Promise<unknown> | null = null;
  const tick = () =>
    (running ??= exclusive(strapi, name, run)
      .catch((error: Error) => onError(error))
      .finally(() => (running = null)));
  return { tick, settled: async () => running };
}
