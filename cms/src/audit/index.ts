import type { Core } from '@strapi/strapi';
import { registerAccountAudit } from './account-hooks';
import { registerContentAudit } from './content-hooks';
import { currentPerson, startRecording, stopRecording } from './record';
import { ensureHistoryTable, keepPublished } from '../history/store';
import { registerHistoryRoutes } from '../history/routes';
import { registerAuditRoutes } from './routes';
import { ensureAuditTable } from './store';

/** The audit log and the versions' history: hooks at register (before any write), its table at bootstrap, recording once the CMS is up. */
export function registerAudit(strapi: Core.Strapi) {
  // Each CMS instance starts silent (tests start several in one process).
  stopRecording();
  // Publishing also keeps the version that went live (history/), from the same place every publish passes.
  registerContentAudit(strapi, (uid, documentId, locale) =>
    keepPublished(strapi, uid, documentId, locale, currentPerson(strapi)?.email ?? null),
  );
  registerAccountAudit(strapi);
  registerAuditRoutes(strapi);
  registerHistoryRoutes(strapi);
}

export async function bootstrapAudit(strapi: Core.Strapi) {
  await ensureAuditTable(strapi);
  await ensureHistoryTable(strapi);
}

export { startRecording };
