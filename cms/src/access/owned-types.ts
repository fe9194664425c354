/** Content types that belong to one body (or, where allowed, are national). */
export const OWNED_TYPES = [
  'api::article.article',
  'api::resolution-document.resolution-document',
  'api::campaign.campaign',
  'api::honour.honour',
  'api::st-task.st-task',
  'api::radio-bulletin.radio-bulletin',
] as const;

/**
 * A body's reports to the Ministry: each belongs to one body, which edits its drafts; the programme
 * office (MST) reads every body's. Never public, never in the snapshot.
 */
export const REPORTING_TYPES = ['api::monthly-report.monthly-report', 'api::annual-plan.annual-plan'] as const;
export const isReportingType = (uid: string) => (REPORTING_TYPES as readonly string[]).includes(uid);

/**
 * Readers' subscriptions by mail (issue 18): each belongs to one body, whose publishers read the list
 * (subscriptions/routes.ts); no role is given any permission on them, and the content manager does not show
 * them. Never public, never in the snapshot.
 */
export const SUBSCRIBER_TYPES = ['api::subscription.subscription'] as const;
export const isSubscriberType = (uid: string) => (SUBSCRIBER_TYPES as readonly string[]).includes(uid);

/**
 * The CMS's own bookkeeping, never edited by a person: the outbox of changes waiting for a build worker
 * (publishing/outbox.ts). No role is given any permission on it, and the content manager does not show it.
 */
export const SYSTEM_TYPES = ['api::change-notice.change-notice'] as const;

/** Owned types that may instead be national (shown in every column), managed by national editors. */
export const NATIONAL_CAPABLE_TYPES = ['api::resolution-document.resolution-document', 'api::campaign.campaign'] as const;

/** Who writes for which body: read by the access layer, managed by the administrator, never in a column. */
export const ACCOUNT_TYPES = ['api::membership.membership'] as const;

/** Reference data shared by every column, managed by national editors. */
export const REFERENCE_TYPES = [
  'api::body.body',
  'api::topic.topic',
  'api::audience.audience',
  // Programme blocks (programme-facts/): facts the articles of every column embed.
  'api::programme-fact.programme-fact',
] as const;

export type OwnedType = (typeof OWNED_TYPES)[number];

export const isOwnedType = (uid: string): uid is OwnedType => (OWNED_TYPES as readonly string[]).includes(uid);
export const isNationalCapable = (uid: string) => (NATIONAL_CAPABLE_TYPES as readonly string[]).includes(uid);

/** Role codes column57 creates. The administrator is Strapi's own super admin. */
export const ROLE_CODES = {
  bodyEditor: 'column57-body-editor',
  bodyPublisher: 'column57-body-publisher',
  nationalEditor: 'column57-national-editor',
} as const;

export const SUPER_ADMIN_CODE = 'strapi-super-admin';
