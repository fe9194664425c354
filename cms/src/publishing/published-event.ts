import type { Core } from '@strapi/strapi';
import { isOwnedType } from '../access/owned-types';
import { DESK_EVENT, emitDeskEvent } from '../desk/events';
import { deskEntryOf, deskPerson } from './desk-entry';

type PublishResult = { documentId?: string; entries?: Array<{ locale?: string | null }> } | null | undefined;

/**
 * DESK_EVENT.published, told from one place: a document-service middleware on `publish`. The admin
 * panel, the scheduler and any API call all publish through the document service, so each is heard once
 * per locale that went live, after the publish has succeeded. Who did it is the admin-panel account of
 * the request; the scheduler has none (`by: null`).
 */
export function registerPublishedEvent(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const published = result as unknown as PublishResult;
    if (context.action !== 'publish' || !isOwnedType(context.uid) || !published?.documentId) return result;
    const request = strapi.requestContext.get() as { state?: { user?: any; auth?: { strategy?: { name?: string } } } } | undefined;
    const by = request?.state?.auth?.strategy?.name === 'admin' ? deskPerson(request.state.user) : null;
    const locales = [...new Set((published.entries ?? []).map((e) => e.locale ?? null))];
    for (const locale of locales.length ? locales : [null]) {
      const row = await deskEntryOf(strapi, context.uid, published.documentId, locale);
      if (row) await emitDeskEvent(strapi, DESK_EVENT.published, { entry: row.entry, by, at: new Date().toISOString() });
    }
    return result;
  });
}
