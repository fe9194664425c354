import type { Core, UID } from '@strapi/strapi';
import { isDocumentNumber, slugOfDocumentNumber } from './document-number';
import { webAddressProblems } from './web-address';
import { type FieldProblem, inEach, throwIfProblems } from './field-error';
import { VALIDATION_TEXT as TEXT } from './messages';
import { isNationalCapable, isOwnedType, type OwnedType } from '../access/owned-types';
import { attributesOf } from '../schema-of';
import { BULLETIN_RULES } from '../bulletins/rules';
import { normaliseTypedSlug, proposeSlug } from './slugs';
import { hierarchyProblems, sharingProblems } from '../communes/rules';
import { relationTargets } from '../access/relation-targets';
import { blockProblems } from '../programme-facts/rules';

type Entry = Record<string, any>;
type Rule = (entry: Entry, ctx: RuleContext) => Promise<FieldProblem[]> | FieldProblem[];
interface RuleContext {
  strapi: Core.Strapi;
  uid: string;
  documentId?: string;
  locale?: string;
  /** create, update or publish: some rules wait for publishing (a draft may be unfinished). */
  action?: string;
}

const IMAGE_ASSET_KINDS = new Set(['image', 'infographic', 'poster', 'banner']);

/** The document id a relation value points at: undefined = not given, null = cleared. */
export function relationTarget(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? relationTarget(value[0]) : null;
  if (typeof value === 'object') {
    const v = value as Record<string, any>;
    if (typeof v.documentId === 'string') return v.documentId;
    for (const key of ['set', 'connect']) {
      if (Array.isArray(v[key])) return v[key].length ? relationTarget(v[key][0]) : key === 'set' ? null : undefined;
    }
    if (Array.isArray(v.disconnect) && v.disconnect.length) return null;
  }
  return undefined;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const mediaPresent = (v: unknown) => !(v === undefined || v === null || (Array.isArray(v) && v.length === 0));

function dateOrder(entry: Entry, from: string, to: string, label: 'effectiveDate' | 'endDate'): FieldProblem[] {
  if (entry[from] && entry[to] && String(entry[to]) < String(entry[from])) {
    const dates = { endDate: String(entry[to]), startDate: String(entry[from]) };
    return [{ field: to, ...inEach((locale) => TEXT.t(locale, 'endBeforeStart', { end: TEXT.t(locale, label), ...dates })) }];
  }
  return [];
}

function scopeProblems(entry: Entry): FieldProblem[] {
  const body = entry.body;
  if (entry.national && body) {
    return [{ field: 'body', ...TEXT.pair('nationalWithBody') }];
  }
  if (!entry.national && !body) {
    return [{ field: 'body', ...TEXT.pair('noBodyNorNational') }];
  }
  return [];
}

/** Another document with the same value in the same scope (body, or national) and locale. */
async function clashes(ctx: RuleContext, entry: Entry, field: string, localized: boolean): Promise<boolean> {
  const where: Record<string, unknown> = { [field]: entry[field] };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  if (localized && ctx.locale) where.locale = ctx.locale;
  if (entry.body) where.body = { documentId: entry.body };
  else where.national = true;
  const count = await ctx.strapi.db.query(ctx.uid as UID.Schema).count({ where });
  return count > 0;
}

async function uniqueSlug(
  entry: Entry,
  ctx: RuleContext,
  localized: boolean,
  noun: 'article' | 'document' | 'campaign',
): Promise<FieldProblem[]> {
  if (isBlank(entry.slug) || (!entry.body && !entry.national)) return [];
  if (!(await clashes(ctx, entry, 'slug', localized))) return [];
  return [{ field: 'slug', ...inEach((locale) => TEXT.t(locale, 'slugTaken', { slug: entry.slug, noun: TEXT.t(locale, noun) })) }];
}

/**
 * Pictures in an article's text need alt text before it goes live: a .docx import or a paste puts them in
 * as ![](url) when the document had none, and the draft may be saved so, but not published.
 */
const contentImagesAlt: Rule = (e, ctx) => {
  if (ctx.action !== 'publish') return [];
  const count = [...String(e.content ?? '').matchAll(/!\[\s*\]\(/g)].length;
  return count ? [{ field: 'content', ...TEXT.pair('contentImageWithoutAlt', { count }) }] : [];
};

/** Articles, honours and tasks always belong to a body (editors get theirs from their account). */
/** Programme blocks a text embeds exist (programme-facts/). */
const embeddedBlocks: Rule = (e, ctx) => blockProblems(ctx.strapi, ctx.uid, e);
const bodyRequired: Rule = (e) => (e.body ? [] : [{ field: 'body', ...TEXT.pair('noBody') }]);

/** A scheduled unpublish must come after the scheduled publish, and neither may be nonsense. */
const scheduleOrder: Rule = (e) => {
  if (e.publishAt && e.unpublishAt && Date.parse(e.unpublishAt) <= Date.parse(e.publishAt)) {
    return [{ field: 'unpublishAt', ...TEXT.pair('unpublishNotAfterPublish', { unpublishAt: e.unpublishAt, publishAt: e.publishAt }) }];
  }
  return [];
};

/** Who owns an entry: always a body, or for a type that may be national, a body or the nation. */
export const ownerRuleOf = (uid: OwnedType): Rule => (isNationalCapable(uid) ? scopeProblems : bodyRequired);

/** Body fields a commune may leave empty in the form, taking them from its province. */
const BODY_FILLED_FIELDS = ['nameEn', 'shortNameVi', 'shortNameEn', 'slug', 'publicBaseUrl'] as const;

/**
 * The rules of every type a body owns (each has its owner rule, which a unit test checks) and of the
 * bodies themselves, whose addresses end up in the column and in portals' snippets.
 */
const RULES: Record<OwnedType | 'api::body.body', Rule[]> = {
  'api::article.article': [
    bodyRequired,
    scheduleOrder,
    (e) => (mediaPresent(e.cover) && isBlank(e.coverAlt) ? [{ field: 'coverAlt', ...TEXT.pair('coverWithoutAlt') }] : []),
    contentImagesAlt,
    (e, ctx) => uniqueSlug(e, ctx, true, 'article'),
    (e, ctx) => sharingProblems(ctx.strapi, e),
    embeddedBlocks,
  ],
  'api::resolution-document.resolution-document': [
    (e) =>
      !isBlank(e.number) && !isDocumentNumber(String(e.number))
        ? [{ field: 'number', ...TEXT.pair('documentNumberMalformed', { number: e.number }) }]
        : [],
    (e) => dateOrder(e, 'issueDate', 'effectiveDate', 'effectiveDate'),
    scopeProblems,
    (e, ctx) => uniqueSlug(e, ctx, false, 'document'),
    embeddedBlocks,
  ],
  'api::campaign.campaign': [
    (e) => dateOrder(e, 'startDate', 'endDate', 'endDate'),
    scheduleOrder,
    scopeProblems,
    (e, ctx) => uniqueSlug(e, ctx, false, 'campaign'),
    embeddedBlocks,
    (e) =>
      (Array.isArray(e.assets) ? e.assets : []).flatMap((asset: Entry, i: number): FieldProblem[] => {
        const problems: FieldProblem[] = [];
        if (asset.kind === 'video-link') {
          if (isBlank(asset.url)) {
            problems.push({ field: `assets.${i}.url`, ...TEXT.pair('videoWithoutUrl') });
          }
        } else if (!mediaPresent(asset.file)) {
          problems.push({ field: `assets.${i}.file`, ...TEXT.pair('assetWithoutFile') });
        }
        // Any address on an asset becomes a link in the column: http(s) only (a video link https).
        problems.push(...webAddressProblems(`assets.${i}.url`, asset.url, asset.kind === 'video-link'));
        if (IMAGE_ASSET_KINDS.has(asset.kind) && isBlank(asset.alt)) {
          problems.push({ field: `assets.${i}.alt`, ...TEXT.pair('assetImageWithoutAlt') });
        }
        return problems;
      }),
  ],
  'api::honour.honour': [
    bodyRequired,
    (e) => (mediaPresent(e.photo) && isBlank(e.photoAlt) ? [{ field: 'photoAlt', ...TEXT.pair('photoWithoutAlt') }] : []),
  ],
  'api::st-task.st-task': [
    bodyRequired,
    (e) => dateOrder(e, 'startDate', 'endDate', 'endDate'),
    // A recorded press item's address becomes a link on the column's task page: http(s) only.
    (e) =>
      (Array.isArray(e.pressItems) ? e.pressItems : []).flatMap((item: Entry, i: number) =>
        webAddressProblems(`pressItems.${i}.url`, item.url, false),
      ),
    async (e, ctx) =>
      !isBlank(e.code) && e.body && (await clashes(ctx, e, 'code', false))
        ? [{ field: 'code', ...TEXT.pair('taskCodeTaken', { code: e.code }) }]
        : [],
  ],
  'api::radio-bulletin.radio-bulletin': [bodyRequired, ...BULLETIN_RULES],
  'api::body.body': [
    // Optional in the form, so that a commune can leave them to its province (communes/guard.ts fills them
    // before this rule runs); every body still has them once saved.
    (e) => BODY_FILLED_FIELDS.filter((field) => isBlank(e[field])).map((field) => ({ field, ...TEXT.pair('bodyFieldMissing') })),
    (e) =>
      !isBlank(e.basePath) && !/^\/(?:[a-z0-9-]+\/)*$/.test(String(e.basePath))
        ? [{ field: 'basePath', ...TEXT.pair('basePathMalformed', { basePath: e.basePath }) }]
        : [],
    (e) => webAddressProblems('portalUrl', e.portalUrl),
    (e) =>
      !isBlank(e.publicBaseUrl) && !/^https?:\/\/[^/\s]+$/.test(String(e.publicBaseUrl))
        ? [{ field: 'publicBaseUrl', ...TEXT.pair('publicBaseUrlMalformed', { url: e.publicBaseUrl }) }]
        : [],
    (e) =>
      String(e.embedOrigins ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean)
        .filter((origin) => !/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin))
        .map((origin) => ({ field: 'embedOrigins', ...TEXT.pair('embedOriginMalformed', { origin }) })),
    (e, ctx) => hierarchyProblems(ctx.strapi, e, ctx.documentId),
  ],
};

/** Relations the rules read, as document ids: one-to-one owners, and the communes an article is shared to. */
const SINGLE_RELATIONS = ['body', 'parent'];
const MANY_RELATIONS = ['sharedTo'];

/** Fill what the server can derive (a document's slug from its number) before the rules run. */
function derive(uid: string, data: Entry) {
  if (uid === 'api::resolution-document.resolution-document' && isBlank(data.slug) && !isBlank(data.number)) {
    data.slug = slugOfDocumentNumber(String(data.number));
  }
}

/**
 * What the rules read of a component: its media and nested components. `populate: true` on a component
 * loads its scalar fields only, so a stored asset's file looked missing and a campaign could not be published.
 */
function componentPopulate(strapi: Core.Strapi, component: string): Record<string, unknown> | true {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of attributesOf(strapi, component)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') populate[name] = { populate: componentPopulate(strapi, attribute.component) };
  }
  return Object.keys(populate).length ? populate : true;
}

async function existingDraft(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<Entry | null> {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes;
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') populate[name] = { populate: componentPopulate(strapi, attribute.component) };
    if (attribute.type === 'relation' && [...SINGLE_RELATIONS, ...MANY_RELATIONS].includes(name)) {
      populate[name] = { select: ['documentId'] };
    }
  }
  const hasDraft = Boolean(strapi.contentType(uid as UID.ContentType).options?.draftAndPublish);
  const base: Record<string, unknown> = { documentId, ...(hasDraft ? { publishedAt: null } : {}) };
  const query = strapi.db.query(uid as UID.Schema);
  const entry =
    (locale ? await query.findOne({ where: { ...base, locale }, populate }) : null) ?? (await query.findOne({ where: base, populate }));
  if (!entry) return null;
  const flat: Entry = { ...entry };
  for (const name of SINGLE_RELATIONS) if (name in entry) flat[name] = entry[name]?.documentId ?? null;
  for (const name of MANY_RELATIONS) if (name in entry) flat[name] = (entry[name] ?? []).map((r: Entry) => r.documentId);
  return flat;
}

/** The document ids a to-many relation will hold after a write: a list replaces, connect and disconnect edit. */
async function manyAfter(strapi: Core.Strapi, target: string, stored: string[], value: unknown): Promise<string[]> {
  const asIds = async (v: unknown) => {
    const { documentIds, ids } = relationTargets(v);
    if (ids.size) {
      const rows = await strapi.db.query(target as UID.Schema).findMany({ where: { id: { $in: [...ids] } }, select: ['documentId'] });
      rows.forEach((r: Entry) => documentIds.add(r.documentId));
    }
    return [...documentIds];
  };
  if (Array.isArray(value) || (value && typeof value === 'object' && 'set' in value)) return asIds(value);
  if (!value || typeof value !== 'object') return stored;
  const v = value as Entry;
  const removed = new Set(await asIds(v.disconnect));
  return [...new Set([...stored.filter((d) => !removed.has(d)), ...(await asIds(v.connect))])];
}

/** The rules an entry of this type must pass before it is saved, if it is a type a body owns. */
export const contentRulesOf = (uid: string): readonly Rule[] | undefined =>
  isOwnedType(uid) || uid === 'api::body.body' ? RULES[uid] : undefined;

/** Runs the rules on what the entry will be after this write: what is stored, overlaid with the request. */
export function registerContentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const rules = contentRulesOf(context.uid);
    if (!rules || !['create', 'update', 'publish'].includes(context.action)) return next();
    const params = context.params as Record<string, any>;
    const data: Entry = params.data ?? {};
    if (context.action !== 'publish') {
      normaliseTypedSlug(context.uid, data);
      derive(context.uid, data);
    }
    const stored = params.documentId ? await existingDraft(strapi, context.uid, params.documentId, params.locale) : null;
    const incoming: Entry = { ...data };
    for (const name of SINGLE_RELATIONS) {
      const target = relationTarget(data[name]);
      if (target !== undefined) incoming[name] = target;
      else delete incoming[name];
    }
    for (const name of MANY_RELATIONS) {
      if (!(name in data)) continue;
      const attributes = strapi.contentType(context.uid as UID.ContentType).attributes as Record<string, { target?: string }>;
      incoming[name] = await manyAfter(strapi, attributes[name]?.target ?? 'api::body.body', stored?.[name] ?? [], data[name]);
    }
    const entry = { ...(stored ?? {}), ...incoming };
    // An entry without a slug gets one from its title, free in its body (a bulletin made from an article: the article's).
    // Published straight from a draft saved before it had a title: the draft gets its slug as it is published.
    const proposed: Entry = context.action === 'publish' ? {} : data;
    await proposeSlug(strapi, context.uid, entry, proposed, {
      documentId: params.documentId,
      locale: params.locale ?? 'vi',
      storedLocale: stored?.locale,
    });
    if (context.action === 'publish' && proposed.slug) {
      const locale = typeof params.locale === 'string' && params.locale !== '*' ? { locale: params.locale } : {};
      await strapi.db
        .query(context.uid as UID.Schema)
        .updateMany({ where: { documentId: params.documentId, publishedAt: null, ...locale }, data: { slug: proposed.slug } });
    }
    const ruleContext: RuleContext = {
      strapi,
      uid: context.uid,
      documentId: params.documentId,
      locale: params.locale ?? 'vi',
      action: context.action,
    };
    const problems = (await Promise.all(rules.map((rule) => rule(entry, ruleContext)))).flat();
    throwIfProblems(problems, context.uid);
    return next();
  });
}
