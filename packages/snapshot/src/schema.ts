import { z } from 'zod';
import { isMailAddress, isWebUrl, WEB_URL_MESSAGE } from './urls.ts';
import { VALIDATION_TEXT } from './messages.ts';
import {
  ASSET_KINDS,
  AUDIENCE_CODES,
  BODY_KINDS,
  BULLETIN_LEVELS,
  BULLETIN_VOICES,
  CHANNELS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  HONOUR_KINDS,
  LOCALES,
  TASK_STATUSES,
} from './vocabulary.ts';

/**
 * The snapshot, version 1: what the CMS exports and the column generator reads.
 *
 *   DIR/manifest.json        every body (with its brand), topics, audiences, national documents and campaigns
 *   DIR/bodies/<slug>.json   one body's own published content
 *   DIR/media/<sha256>.<ext> every file referenced, named by the SHA-256 of its bytes
 *
 * Only published content is in a snapshot; secret S&T tasks never are. Ids are the CMS's document
 * ids: stable across edits, locales and republishing, so they serve as feed GUIDs.
 */
export const SNAPSHOT_FORMAT = 'column57-snapshot';
export const SNAPSHOT_VERSION = 1;

// The enumerations' values come from vocabulary.ts, exported from the package's index with their labels.

// Ids name files (share cards) and go into GUIDs and cache keys: letters, digits, "-" and "_" only, as
// the CMS's document ids are.
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, VALIDATION_TEXT.both('id'));
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ascii words joined by "-"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoDateTime = z.string().datetime({ offset: true });
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const text = z.string().min(1);
const optionalText = z.string().nullable();
const bilingual = z.object({ vi: text, en: text });
const bilingualOptional = z.object({ vi: optionalText, en: optionalText });
/**
 * A URL that can reach an href, a src or JSON-LD: absolute http(s) only (zod's url() takes any scheme,
 * javascript: included). The generator checks again before it writes one out.
 */
const webUrl = z.string().refine(isWebUrl, WEB_URL_MESSAGE);
/** An origin (scheme, host, port), written into headers and CSP as well as links. */
const origin = (example: string) =>
  z.string().regex(/^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i, VALIDATION_TEXT.both('origin', { example }));
/** A contact e-mail address: it becomes a mailto: link. */
const email = z.string().email(VALIDATION_TEXT.both('email')).refine(isMailAddress, VALIDATION_TEXT.both('emailUnfitForMailto'));

export const mediaRef = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the file, in hex'),
  ext: z.string().regex(/^[a-z0-9]{1,5}$/),
  mime: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  name: z.string(),
});

export const body = z.object({
  id,
  slug,
  name: bilingual,
  shortName: bilingual,
  abbreviation: optionalText,
  kind: z.enum(BODY_KINDS),
  kindHistory: z.array(z.object({ kind: z.enum(BODY_KINDS), effectiveFrom: isoDate, legalBasis: optionalText })).min(1),
  /** Two digits for a province or city, five for a commune-level unit (national list of administrative units). */
  administrativeCode: z
    .string()
    .regex(/^\d{2}(?:\d{3})?$/)
    .nullable(),
  /** A commune-level body's province or city (its slug); null for every other body. */
  parent: slug.nullable(),
  mergedFrom: z.array(text),
  portalUrl: webUrl.nullable(),
  publicBaseUrl: origin('https://example.gov.vn'),
  basePath: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a path that starts and ends with "/"'),
  logo: mediaRef.nullable(),
  banner: mediaRef.nullable(),
  primaryColor: colour,
  secondaryColor: colour,
  contact: z.object({ unit: bilingualOptional, email: email.nullable(), phone: optionalText, address: bilingualOptional }),
  languages: z
    .array(z.enum(LOCALES))
    .min(1)
    .refine((l) => l[0] === 'vi', 'Vietnamese comes first'),
  embedOrigins: z.array(origin('https://portal.gov.vn')),
});

export const topic = z.object({ id, slug, name: bilingual, description: bilingualOptional });
export const audience = z.object({ id, code: z.enum(AUDIENCE_CODES), slug, name: bilingual, description: bilingualOptional });

/** Makes `{ vi: T, en?: T }`: Vietnamese is always there; English when the body publishes it. */
const localized = <T extends z.ZodTypeAny>(shape: T) => z.object({ vi: shape, en: shape.optional() });

export const article = z.object({
  id,
  updatedAt: isoDateTime,
  publishDate: isoDate,
  channel: z.enum(CHANNELS),
  featured: z.boolean(),
  topics: z.array(slug),
  audiences: z.array(z.enum(AUDIENCE_CODES)),
  cover: mediaRef.nullable(),
  relatedDocuments: z.array(id),
  relatedArticles: z.array(id),
  relatedTasks: z.array(id),
  /**
   * Set when a province shared this article to this commune: the slug of the body that wrote it. The
   * CMS copies a shared article into each receiving commune's content, so a column is built from its
   * own file alone; the commune's page names the source and points its canonical link there.
   */
  sharedFrom: slug.nullable(),
  locales: localized(
    z.object({
      title: text,
      slug,
      summary: text,
      content: text,
      /**
       * The pictures the text shows from the CMS's media library (pasted from Word, brought in with a
       * .docx, inserted by hand), each as written in the Markdown and as the file the column carries: a
       * page shows only pictures the column holds, never one fetched from elsewhere. Absent in older snapshots.
       */
      pictures: z.array(z.object({ src: text, file: mediaRef })).optional(),
      coverAlt: optionalText,
      byline: optionalText,
      source: optionalText,
      seo: z.object({ metaTitle: optionalText, metaDescription: optionalText, noIndex: z.boolean() }).nullable(),
    }),
  ),
});

export const legalDocument = z.object({
  id,
  updatedAt: isoDateTime,
  /** When this version was published in the CMS: the date a feed gives a document with no issue date. */
  publishedAt: isoDateTime.nullable(),
  number: text,
  slug,
  docType: z.enum(DOCUMENT_TYPES),
  signer: optionalText,
  issueDate: isoDate.nullable(),
  effectiveDate: isoDate.nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  national: z.boolean(),
  body: slug.nullable(),
  attachments: z.array(mediaRef),
  relatedDocuments: z.array(id),
  locales: localized(z.object({ title: text, issuer: text, summary: text, fullText: optionalText })),
});

export const campaignAsset = z.object({
  kind: z.enum(ASSET_KINDS),
  file: mediaRef.nullable(),
  url: webUrl.nullable(),
  caption: optionalText,
  alt: optionalText,
  credit: optionalText,
  licence: optionalText,
  downloadable: z.boolean(),
});

export const campaign = z.object({
  id,
  updatedAt: isoDateTime,
  slug,
  startDate: isoDate,
  endDate: isoDate,
  audiences: z.array(z.enum(AUDIENCE_CODES)),
  national: z.boolean(),
  body: slug.nullable(),
  locales: localized(z.object({ title: text, description: text, assets: z.array(campaignAsset) })),
});

export const honour = z.object({
  id,
  updatedAt: isoDateTime,
  kind: z.enum(HONOUR_KINDS),
  decisionRef: optionalText,
  date: isoDate,
  photo: mediaRef.nullable(),
  locales: localized(z.object({ recipient: text, reason: text, photoAlt: optionalText })),
});

export const pressItem = z.object({
  outlet: text,
  // The channels an article is counted under (CHANNEL): mass media, social networks, digital platforms...
  channel: z.enum(CHANNELS),
  title: optionalText,
  url: webUrl.nullable(),
  date: isoDate,
});

export const task = z.object({
  id,
  updatedAt: isoDateTime,
  code: text,
  stateFunded: z.boolean(),
  startDate: isoDate,
  endDate: isoDate,
  status: z.enum(TASK_STATUSES),
  articles: z.array(id),
  /** Where else the task was communicated, as its editors recorded it (press, television, social networks...). */
  pressItems: z.array(pressItem).default([]),
  locales: localized(z.object({ title: text, host: text })),
});

/**
 * A grassroots radio bulletin (bản tin truyền thanh): Vietnamese only, written for listening. Its owner's
 * content holds it with its target communes; the CMS copies it into each target commune's content with
 * `sharedFrom` set, as it does for shared articles. `script` is what the editor wrote; the build spells
 * it out for speech (numbers, dates, symbols) before synthesis.
 */
export const bulletin = z.object({
  id,
  updatedAt: isoDateTime,
  publishedAt: isoDateTime,
  slug,
  level: z.enum(BULLETIN_LEVELS),
  title: text,
  script: text,
  voice: z.enum(BULLETIN_VOICES),
  /** Broadcast every day from `from` to `to` (inclusive) at each of `times` (HH:MM, Vietnam time). */
  broadcast: z.object({
    from: isoDate,
    to: isoDate,
    times: z.array(z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')).min(1),
  }),
  /** Commune-level bodies (slugs) it is broadcast in; a commune's own bulletin names the commune itself. */
  communes: z.array(slug),
  /** A recording uploaded by the editor; without one the build synthesises the script. */
  audio: mediaRef.nullable(),
  sourceArticle: id.nullable(),
  sharedFrom: slug.nullable(),
});

const header = {
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  generatedAt: isoDateTime,
  /** Set when the file holds only what changed since then (see `present`). */
  since: isoDateTime.nullable(),
};

export const manifest = z.object({
  ...header,
  defaultLocale: z.literal('vi'),
  locales: z.array(z.enum(LOCALES)),
  bodies: z.array(body),
  topics: z.array(topic),
  audiences: z.array(audience),
  national: z.object({ documents: z.array(legalDocument), campaigns: z.array(campaign) }),
});

export const bodyContent = z.object({
  ...header,
  body: slug,
  articles: z.array(article),
  documents: z.array(legalDocument),
  campaigns: z.array(campaign),
  honours: z.array(honour),
  tasks: z.array(task),
  bulletins: z.array(bulletin),
  /** With `since`: the ids of everything currently published, so removals can be seen. */
  present: z
    .object({
      articles: z.array(id),
      documents: z.array(id),
      campaigns: z.array(id),
      honours: z.array(id),
      tasks: z.array(id),
      bulletins: z.array(id),
    })
    .nullable(),
});
