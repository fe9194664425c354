import type { Core, UID } from '@strapi/strapi';
import { isOwnedType, REFERENCE_TYPES } from '../access/owned-types';
import { CMS_LOG_TEXT } from '../log-messages';
import { BULLETIN } from '../bulletins/rules';
import { bulletinCommuneSlugs } from '../bulletins/targets';
import { recordChange, type Transaction } from './outbox';

/**
 * Tells the build service which columns a change touches, as soon as the change is committed.
 * The CMS knows the owning body before and after the write (an unpublished or deleted entry no
 * longer says), so it names the bodies; national content and reference data touch every column.
 */
export type Scope = string[] | 'all';
export interface ChangeNotice {
  source: 'column57-cms';
  action: string;
  uid: string;
  documentId: string | null;
  bodies: Scope;
  at: string;
  /** The change's row in the outbox (outbox.ts), when it has one. */
  outboxId?: number;
}

const isReference = (uid: string) => (REFERENCE_TYPES as readonly string[]).includes(uid);
/** Writes that change what readers see: for draft-and-publish types only these three. */
const PUBLIC_WRITES = new Set(['publish', 'unpublish', 'delete']);
const PLAIN_WRITES = new Set(['create', 'update', 'delete']);

async function ownersOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<Scope> {
  const versions = (await strapi.db
    .query(uid as UID.Schema)
    .findMany({ where: { documentId }, populate: { body: { select: ['slug'] } } })) as Array<{
    national?: boolean;
    body?: { slug: string } | null;
  }>;
  if (versions.some((v) => v.national)) return 'all';
  const owners = [...new Set(versions.map((v) => v.body?.slug).filter((s): s is string => Boolean(s)))];
  // A shared article and a broadcast bulletin are copied into communes: their columns change with them.
  const receivers =
    uid === 'api::article.article'
      ? await receiversOf(strapi, documentId)
      : uid === BULLETIN
        ? await bulletinCommuneSlugs(strapi, documentId)
        : [];
  return [...new Set([...owners, ...receivers])];
}

/** The communes a province's article is shared to: their columns carry a copy of it. */
async function receiversOf(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows = await strapi.db.query('api::article.article').findMany({
    where: { documentId },
    populate: { body: { select: ['documentId'] }, sharedTo: { select: ['slug'] } },
  });
  const slugs = new Set<string>(rows.flatMap((r: any) => (r.sharedTo ?? []).map((b: { slug: string }) => b.slug)));
  const province = rows.find((r: any) => r.sharedToAllCommunes && r.body)?.body?.documentId;
  if (province) {
    const all = await strapi.db.query('api::body.body').findMany({ where: { parent: { documentId: province } }, select: ['slug'] });
    all.forEach((b: { slug: string }) => slugs.add(b.slug));
  }
  return [...slugs];
}

const union = (a: Scope, b: Scope): Scope => (a === 'all' || b === 'all' ? 'all' : [...new Set([...a, ...b])]);

export function createNotifier(strapi: Core.Strapi, url: string, secret: string) {
  return async function notify(notice: ChangeNotice) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
          body: JSON.stringify(notice),
        });
        if (response.ok) return;
        strapi.log.warn(
          `column57: ${CMS_LOG_TEXT.both('noticeRefused', { status: response.status, change: `${notice.uid} ${notice.action}` })}`,
        );
        return;
      } catch (error) {
        if (attempt === 3)
          strapi.log.warn(`column57: ${CMS_LOG_TEXT.both('buildServiceUnreachable', { url, error: (error as Error).message })}`);
        else await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  };
}

/** Off while the CMS boots (seeding publishes hundreds of entries; the build service builds everything at its own start). */
let listening = false;
export const startNotifying = () => {
  listening = true;
};

export function registerChangeNotifier(strapi: Core.Strapi) {
  // Each CMS instance starts deaf (tests start several in one process).
  listening = false;
  const url = process.env.COLUMN57_BUILD_HOOK_URL;
  // Build workers claim from the outbox with the hook's secret: without one, nobody could read it.
  const outbox = Boolean(process.env.COLUMN57_BUILD_HOOK_SECRET);
  if (!url && !outbox) return;
  const push = url ? createNotifier(strapi, url, process.env.COLUMN57_BUILD_HOOK_SECRET ?? '') : null;
  /** Writes the change to the outbox (inside the write's transaction when given), then wakes the build service. */
  const tell = async (notice: ChangeNotice, trx?: Transaction) => {
    const id = outbox ? await recordChange(strapi, notice, trx) : null;
    return () => {
      if (push) void push(id === null ? notice : { ...notice, outboxId: id });
    };
  };
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const owned = isOwnedType(uid);
    if (!listening || (!owned && !isReference(uid))) return next();
    const draftAndPublish = Boolean(strapi.contentType(uid as UID.ContentType).options?.draftAndPublish);
    if (!(draftAndPublish ? PUBLIC_WRITES : PLAIN_WRITES).has(action)) return next();
    const documentId = (context.params as { documentId?: string }).documentId ?? null;
    // The change and its notice are one transaction: a CMS killed between the two keeps neither or both.
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      const before: Scope = owned && documentId ? await ownersOf(strapi, uid, documentId) : 'all';
      const written = await next();
      const createdId = (written as { documentId?: string } | null)?.documentId ?? documentId;
      const after: Scope = owned && createdId ? await ownersOf(strapi, uid, createdId) : 'all';
      const bodies = union(before, after);
      if (bodies === 'all' || bodies.length) {
        const wake = await tell({ source: 'column57-cms', action, uid, documentId: createdId, bodies, at: new Date().toISOString() }, trx);
        // Told once the change is committed (also when an outer transaction, an import, commits it later): the
        // build service reads it back at once and finds it.
        onCommit(wake);
      }
      return written;
    });
  });
  // A replaced or deleted file may be shown anywhere.
  for (const event of ['media.update', 'media.delete']) {
    // Strapi's listeners are async; the notice is not awaited, so a slow build service never delays an upload.
    // The file is written already (Strapi tells after its own transaction): the notice follows it.
    strapi.eventHub.on(event, async () => {
      if (!listening) return;
      const notice: ChangeNotice = {
        source: 'column57-cms',
        action: event,
        uid: 'plugin::upload.file',
        documentId: null,
        bodies: 'all',
        at: new Date().toISOString(),
      };
      // An upload is never failed by its notice: a failed outbox row is said in the log (the next change, or
      // the build service's start, builds every column anyway).
      await tell(notice)
        .then((wake) => wake())
        .catch((error) => strapi.log.error(`column57: ${CMS_LOG_TEXT.both('outboxWriteFailed', { error: (error as Error).message })}`));
    });
  }
}
