import type { Core } from '@strapi/strapi';
import { OWNED_TYPES } from '../access/owned-types';

/**
 * Where an entry stands in review, kept on the entry itself (every locale, draft and published rows alike):
 * the content manager's list shows and filters only an entry's own fields, and a state beside the content
 * travels with it through publish, clone and delete with nothing to keep in step. Declared once here and
 * added to every draft-and-publish owned type when the CMS registers, so a new owned type gets review too.
 */
export const REVIEW_STATES = ['submitted', 'returned', 'approved', 'unreviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** States in which a body's publisher publishes without giving a reason: what was submitted, or approved. */
export const isReviewed = (state: string | null | undefined) => state === 'submitted' || state === 'approved';

const notLocalised = { i18n: { localized: false } };

/** The review fields: none of them is written through the content manager (review/rule.ts strips them). */
export const REVIEW_ATTRIBUTES = {
  reviewState: { type: 'enumeration', enum: [...REVIEW_STATES], pluginOptions: notLocalised },
  reviewSubmittedAt: { type: 'datetime', pluginOptions: notLocalised },
  /** The admin account that asked for review, by id (Strapi's admin users are not content relations). */
  reviewSubmittedBy: { type: 'integer', pluginOptions: notLocalised },
  reviewNote: { type: 'text', maxLength: 2000, pluginOptions: notLocalised },
  reviewComment: { type: 'text', maxLength: 2000, pluginOptions: notLocalised },
  reviewReason: { type: 'text', maxLength: 2000, pluginOptions: notLocalised },
  reviewedBy: { type: 'integer', pluginOptions: notLocalised },
  reviewedAt: { type: 'datetime', pluginOptions: notLocalised },
} as const;

export const REVIEW_FIELDS = Object.keys(REVIEW_ATTRIBUTES) as Array<keyof typeof REVIEW_ATTRIBUTES>;

/** Every owned type that has drafts: all of them today. */
export const reviewedTypes = (strapi: Core.Strapi): string[] =>
  OWNED_TYPES.filter((uid) => (strapi.contentType(uid)?.options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish);

export const isReviewedType = (strapi: Core.Strapi, uid: string) => reviewedTypes(strapi).includes(uid);

/** Adds the review fields to each reviewed type before the database schema is synchronised. */
export function registerReviewFields(strapi: Core.Strapi) {
  const registry = strapi.get('content-types') as { extend: (uid: string, change: (ct: any) => void) => void };
  for (const uid of reviewedTypes(strapi)) {
    registry.extend(uid, (contentType) => {
      for (const [name, attribute] of Object.entries(REVIEW_ATTRIBUTES)) {
        contentType.attributes[name] = structuredClone(attribute);
      }
    });
  }
}
