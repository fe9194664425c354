import type { Core } from '@strapi/strapi';
import { bodyOfUser, inOrNothing, membershipOf, programmeOfficeSlug, usersOfBody } from './actor';
import { ACCESS_TEXT, withEnglish } from './messages';

export const CONDITIONS = {
  ownBody: 'api::column57-own-body',
  national: 'api::column57-national',
  ownBodyMedia: 'api::column57-own-body-media',
  programmeOffice: 'api::column57-programme-office',
  ownCommunes: 'api::column57-own-communes',
} as const;

/**
 * RBAC conditions that scope editors to their own body. The admin panel applies them to list views,
 * edit views and relation pickers; access/ownership-guard.ts re-checks the same rule inside the
 * document service, so a path that skips RBAC still cannot cross bodies.
 */
export async function registerConditions(strapi: Core.Strapi) {
  const provider = strapi.service('admin::permission').conditionProvider;
  await provider.register({
    name: 'column57-own-body',
    displayName: withEnglish(ACCESS_TEXT.pair('conditionOwnBody')),
    category: 'column57',
    async handler(user: { id: number }) {
      const body = await bodyOfUser(strapi, user.id);
      return { 'body.documentId': { $in: inOrNothing(body ? [body] : []) } };
    },
  });
  await provider.register({
    name: 'column57-national',
    displayName: withEnglish(ACCESS_TEXT.pair('conditionNational')),
    category: 'column57',
    handler: () => ({ national: { $eq: true } }),
  });
  await provider.register({
    name: 'column57-programme-office',
    displayName: withEnglish(ACCESS_TEXT.pair('conditionProgrammeOffice')),
    category: 'column57',
    async handler(user: { id: number }) {
      // Every entry for the programme office's members; for anyone else, this condition adds nothing.
      return (await membershipOf(strapi, user.id))?.slug === programmeOfficeSlug() ? true : { 'body.documentId': { $in: inOrNothing([]) } };
    },
  });
  await provider.register({
    name: 'column57-own-communes',
    displayName: withEnglish(ACCESS_TEXT.pair('conditionOwnCommunes')),
    category: 'column57',
    async handler(user: { id: number }) {
      // The commune rule (scope.ts, bodyWriteScope): the bodies whose parent is the account's body.
      const body = await bodyOfUser(strapi, user.id);
      return { 'parent.documentId': { $in: inOrNothing(body ? [body] : []) } };
    },
  });
  await provider.register({
    name: 'column57-own-body-media',
    displayName: withEnglish(ACCESS_TEXT.pair('conditionOwnBodyMedia')),
    category: 'column57',
    async handler(user: { id: number }) {
      const body = await bodyOfUser(strapi, user.id);
      const ids = body ? await usersOfBody(strapi, body) : [];
      return { 'createdBy.id': { $in: inOrNothing(ids) } };
    },
  });
}
