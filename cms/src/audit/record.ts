import type { Core } from '@strapi/strapi';
import { bodyOfUser } from '../access/actor';
import { unscoped } from '../access/scope';
import { vnMonth } from '../reporting/period';
import { AUDIT_TEXT } from './messages';
import { appendEntry, type AuditEntry } from './store';

/** What the hooks know about an action; who did it and from where is read from the request here. */
export type Action = Omit<AuditEntry, 'at' | 'month' | 'userId' | 'userEmail' | 'userName' | 'actorBody' | 'address'>;

interface Person {
  id: number;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
}

/** Off while the CMS boots: the seed and the roles' sync are the system setting itself up, not actions. */
let recording = false;
export const startRecording = () => {
  recording = true;
};
export const stopRecording = () => {
  recording = false;
};
export const isRecording = () => recording;

interface RequestLike {
  state?: { user?: Person; auth?: { strategy?: { name?: string } } };
  request?: { ip?: string };
}

/**
 * The account and the address of the request under way. The address is Koa's `ctx.request.ip`: behind a
 * proxy it is taken from X-Forwarded-For only as far as the configured number of trusted hops
 * (config/server.ts, `proxy`), so a client cannot write its own address into the log.
 */
function requestOf(strapi: Core.Strapi) {
  const ctx = strapi.requestContext.get() as RequestLike | undefined;
  const user = ctx?.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : undefined;
  return { user, address: ctx?.request?.ip ?? null };
}

/** The signed-in person of the request under way, if any (the scheduler acts as no one). */
export const currentPerson = (strapi: Core.Strapi) => requestOf(strapi).user ?? null;

const nameOf = (p: Person) => [p.lastname, p.firstname].filter(Boolean).join(' ') || null;

/**
 * Appends one entry, in the action's transaction when it has one. A failure is logged loudly; where the
 * action has its own transaction, the database then refuses the action with it rather than leave it unlogged.
 */
export async function record(strapi: Core.Strapi, action: Action, as?: Person) {
  if (!recording) return;
  try {
    const { user: current, address } = requestOf(strapi);
    const user = as ?? current;
    const now = new Date();
    await appendEntry(strapi, {
      ...action,
      at: now.toISOString(),
      month: vnMonth(now),
      userId: user?.id ?? null,
      userEmail: user?.email ?? null,
      userName: user ? nameOf(user) : null,
      actorBody: user ? await unscoped(() => bodyOfUser(strapi, user.id)) : null,
      address,
    });
  } catch (error) {
    strapi.log.error(AUDIT_TEXT.both('recordFailed', { error: (error as Error).message }));
  }
}
