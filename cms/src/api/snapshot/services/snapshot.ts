import type { Core, Modules, UID } from '@strapi/strapi';
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
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  TASK_STATUSES,
  type Article,
  type Audience,
  type Body,
  type BodyContent,
  type Bulletin,
  type Campaign,
  type Honour,
  type LegalDocument,
  type Locale,
  type Manifest,
  type MediaRef,
  type Task,
  type Topic,
} from '@column57/snapshot';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SNAPSHOT_API_TEXT } from '../messages';
import { loadBodies } from '../../../bulletins/communes';
import { parseTimes } from '../../../bulletins/times';
import { broadcastCommunes, communesCache } from '../../../bulletins/targets';
import type { Actor } from '../../../access/actor';
import { FILE, readScope, unscoped, within } from '../../../access/scope';
import { libraryPicturesIn } from './text-pictures';
import { expandBlocks } from '../../../programme-facts/codes';
import { blocksChangedSince, type ProgrammeFact, programmeFacts, valueIn } from '../../../programme-facts/store';

/**
 * Turns published CMS content into the snapshot format (packages/snapshot). The response carries the
 * snapshot file in `data` and, in `media`, where to download each referenced file by its hash. What it
 * returns is typed by the snapshot package itself (`satisfies Manifest`, `BodyContent`), so a change of
 * the format that this side does not follow is a compile error here, not a failed validation later.
 */
const FORMAT = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION } as const;

/** A stored entry as Strapi's generated types describe it; relations and components as populated here. */
type Entry<U extends UID.ContentType> = Modules.Documents.Document<U>;
/** The Vietnamese version of a document, and the English one where there is one. */
type Versions<U extends UID.ContentType> = { vi: Entry<U>; en?: Entry<U> };
/** A stored upload, as the media library keeps it. */
interface StoredFile {
  id: number;
  url: string;
  updatedAt: string;
  ext?: string | null;
  mime: string;
  width?: number | null;
  height?: number | null;
  name: string;
}

const iso = (value: unknown) => new Date(value as string).toISOString();
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);
const nullable = <T>(value: T | null | undefined | ''): T | null => (value === undefined || value === '' ? null : (value ?? null));

/**
 * A field the schema marks required. Strapi does not let such an entry be published without it, so a
 * missing one here is a defect of the CMS, reported with the entry and the field rather than as an
 * invalid snapshot further down.
 */
function required<T>(value: T | null | undefined, field: string, entry: { documentId: string }): T {
  if (value === null || value === undefined || value === '')
    throw new Error(SNAPSHOT_API_TEXT.both('requiredEmpty', { entry: entry.documentId, field }));
  return value;
}

/** A value of one of the snapshot's vocabularies: Strapi's schema offers the same options (tests/vocabulary). */
function oneOf<const Codes extends readonly string[]>(codes: Codes, value: unknown, field: string): Codes[number] {
  if (!codes.includes(value as string))
    throw new Error(`${field}: ${SNAPSHOT_API_TEXT.both('notOneOf', { value: String(value), codes: codes.join(', ') })}`);
  return value as Codes[number];
}

/** Which draft a preview shows in place of the published version. */
export interface DraftOverlay {
  uid: string;
  documentId: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Content hashes by file id and version: hashing is the expensive part of a snapshot. */
  const hashes = new Map<string, { hash: string; size: number }>();

  async function fileBytes(file: StoredFile): Promise<Buffer> {
    if (/^https?:\/\//.test(file.url)) return Buffer.from(await (await fetch(file.url)).arrayBuffer());
    return readFile(path.join(strapi.dirs.static.public, file.url));
  }

  class MediaCollector {
    sources: Record<string, string> = {};
    /** Which stored files each body may show (access/scope.ts), read once per export and body. */
    private scopes = new Map<string | null, ReturnType<typeof readScope>>();
    fileScope(bodyDocumentId: string | null) {
      let scope = this.scopes.get(bodyDocumentId);
      if (!scope) {
        const user: Actor = bodyDocumentId
          ? { kind: 'member', userId: 0, bodyDocumentId, canPublish: false, programmeOffice: false }
          : { kind: 'national', userId: 0 };
        scope = unscoped(() => readScope(strapi, user, FILE));
        this.scopes.set(bodyDocumentId, scope);
      }
      return scope;
    }
    async ref(file: StoredFile | null | undefined): Promise<MediaRef | null> {
      if (!file) return null;
      const key = `${file.id}:${file.updatedAt}`;
      let known = hashes.get(key);
      if (!known) {
        const bytes = await fileBytes(file);
        known = { hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
        hashes.set(key, known);
      }
      this.sources[known.hash] = file.url;
      return {
        hash: known.hash,
        ext: String(file.ext ?? '')
          .replace(/^\./, '')
          .toLowerCase(),
        mime: file.mime,
        size: known.size,
        width: file.width ?? null,
        height: file.height ?? null,
        name: file.name,
      };
    }
    async refs(files: StoredFile[] | null | undefined): Promise<MediaRef[]> {
      return (await Promise.all((files ?? []).map((file) => this.ref(file)))).filter((ref): ref is MediaRef => ref !== null);
    }
  }

  /**
   * Published documents in both locales, grouped by document id: { id -> { vi, en } }. With a draft
   * overlay (previews), that one document is read as its draft, as long as it still matches `filters`.
   */
  async function published<U extends UID.ContentType>(
    uid: U,
    filters: object,
    populate: object,
    overlay: DraftOverlay | null = null,
  ): Promise<Versions<U>[]> {
    // The filters and populate objects are built here for each type; Strapi's parameter types cannot follow
    // a type parameter through them, so the call is made on the untyped document service.
    const documents = strapi.documents(uid) as unknown as Untyped<U>;
    const byId = new Map<string, Partial<Record<Locale, Entry<U>>>>();
    for (const locale of LOCALES) {
      for (const entry of await documents.findMany({ filters, populate, locale, status: 'published' })) {
        byId.set(entry.documentId, { ...byId.get(entry.documentId), [locale]: entry });
      }
      if (overlay?.uid === uid) {
        const draft = await documents.findFirst({
          filters: { ...filters, documentId: overlay.documentId },
          populate,
          locale,
          status: 'draft',
        });
        if (draft) byId.set(draft.documentId, { ...byId.get(draft.documentId), [locale]: draft });
      }
    }
    // Vietnamese is the column's language: an entry without a Vietnamese version is not published.
    return [...byId.values()].filter((v): v is Versions<U> => Boolean(v.vi));
  }

  const ids = (list: Array<{ documentId: string }> | null | undefined) => (list ?? []).map((item) => item.documentId);
  const latest = <U extends UID.ContentType>(versions: Versions<U>) =>
    iso(Math.max(...[versions.vi, versions.en].filter((v) => v !== undefined).map((v) => Date.parse(String(v.updatedAt)))));
  /** `{ vi, en? }` of what `pick` makes of each version. */
  async function locales<U extends UID.ContentType, T>(versions: Versions<U>, pick: (entry: Entry<U>) => T | Promise<T>) {
    const en = versions.en ? await pick(versions.en) : undefined;
    return { vi: await pick(versions.vi), ...(en === undefined ? {} : { en }) };
  }

  function currentKind(history: Array<{ kind?: string | null; effectiveFrom?: unknown }>): Body['kind'] {
    const today = new Date().toISOString().slice(0, 10);
    const sorted = [...history].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
    return oneOf(BODY_KINDS, (sorted.filter((h) => String(h.effectiveFrom) <= today).pop() ?? sorted[0])?.kind ?? 'province', 'kind');
  }

  async function body(entry: Entry<'api::body.body'>, media: MediaCollector): Promise<Body> {
    const contact = entry.contact;
    const history = (entry.kindHistory ?? []) as Array<{ kind?: string | null; effectiveFrom?: unknown; legalBasis?: string | null }>;
    return {
      id: entry.documentId,
      slug: required(entry.slug, 'slug', entry),
      name: { vi: required(entry.nameVi, 'nameVi', entry), en: required(entry.nameEn, 'nameEn', entry) },
      shortName: { vi: required(entry.shortNameVi, 'shortNameVi', entry), en: required(entry.shortNameEn, 'shortNameEn', entry) },
      abbreviation: nullable(entry.abbreviation),
      kind: currentKind(history),
      kindHistory: history.map((h) => ({
        kind: oneOf(BODY_KINDS, h.kind, 'kindHistory.kind'),
        effectiveFrom: required(day(h.effectiveFrom), 'kindHistory.effectiveFrom', entry),
        legalBasis: nullable(h.legalBasis),
      })),
      administrativeCode: nullable(entry.administrativeCode),
      parent: (entry.parent as { slug?: string } | null | undefined)?.slug ?? null,
      mergedFrom: String(entry.mergedFrom ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      portalUrl: nullable(entry.portalUrl),
      publicBaseUrl: required(entry.publicBaseUrl, 'publicBaseUrl', entry),
      basePath: required(entry.basePath, 'basePath', entry),
      logo: await media.ref(entry.logo),
      banner: await media.ref(entry.banner),
      primaryColor: required(entry.primaryColor, 'primaryColor', entry),
      secondaryColor: required(entry.secondaryColor, 'secondaryColor', entry),
      contact: {
        unit: { vi: nullable(contact?.unitVi), en: nullable(contact?.unitEn) },
        email: nullable(contact?.email),
        phone: nullable(contact?.phone),
        address: { vi: nullable(contact?.addressVi), en: nullable(contact?.addressEn) },
      },
      languages: entry.englishEnabled ? ['vi', 'en'] : ['vi'],
      embedOrigins: String(entry.embedOrigins ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }

  const DOCUMENT_POPULATE = { attachments: true, relatedDocuments: { fields: ['documentId'] }, body: { fields: ['slug'] } };
  type DocumentUid = 'api::resolution-document.resolution-document';
  async function legalDocument(v: Versions<DocumentUid>, media: MediaCollector, blocks: Blocks): Promise<LegalDocument> {
    const e = v.vi;
    return {
      id: e.documentId,
      updatedAt: latest(v),
      publishedAt: e.publishedAt ? iso(e.publishedAt) : null,
      number: required(e.number, 'number', e),
      slug: required(e.slug, 'slug', e),
      docType: oneOf(DOCUMENT_TYPES, e.docType, 'docType'),
      signer: nullable(e.signer),
      issueDate: day(e.issueDate),
      effectiveDate: day(e.effectiveDate),
      status: oneOf(DOCUMENT_STATUSES, e.legalStatus, 'legalStatus'),
      national: Boolean(e.national),
      body: e.body?.slug ?? null,
      attachments: await media.refs(e.attachments),
      relatedDocuments: ids(e.relatedDocuments),
      locales: await locales(v, (x) => ({
        title: required(x.title, 'title', x),
        issuer: required(x.issuer, 'issuer', x),
        summary: blocks(required(x.summary, 'summary', x), x.locale),
        fullText: x.fullText ? blocks(x.fullText, x.locale) : null,
      })),
    };
  }

  const CAMPAIGN_POPULATE = { audiences: { fields: ['code'] }, assets: { populate: { file: true } }, body: { fields: ['slug'] } };
  async function campaign(v: Versions<'api::campaign.campaign'>, media: MediaCollector, blocks: Blocks): Promise<Campaign> {
    const e = v.vi;
    return {
      id: e.documentId,
      updatedAt: latest(v),
      slug: required(e.slug, 'slug', e),
      startDate: required(day(e.startDate), 'startDate', e),
      endDate: required(day(e.endDate), 'endDate', e),
      audiences: (e.audiences ?? []).map((a) => oneOf(AUDIENCE_CODES, a.code, 'audiences.code')),
      national: Boolean(e.national),
      body: e.body?.slug ?? null,
      locales: await locales(v, async (x) => ({
        title: required(x.title, 'title', x),
        description: blocks(required(x.description, 'description', x), x.locale),
        assets: await Promise.all(
          (x.assets ?? []).map(async (a) => ({
            kind: oneOf(ASSET_KINDS, a.kind, 'assets.kind'),
            file: await media.ref(a.file),
            url: nullable(a.url),
            caption: nullable(a.caption),
            alt: nullable(a.alt),
            credit: nullable(a.credit),
            licence: nullable(a.licence),
            downloadable: a.downloadable !== false,
          })),
        ),
      })),
    };
  }

  /**
   * The slugs a body publishes of a type, in every locale. A copy a province shares is left out of a
   * commune whose own item already has its slug: both would claim the same address in the column, and
   * the commune's own item wins (the province's stays on the province's column).
   */
  type SharedUid = 'api::article.article' | 'api::radio-bulletin.radio-bulletin';
  async function publishedSlugs(uid: SharedUid, filters: object) {
    return (await strapi.db.query(uid).findMany({
      where: { ...filters, publishedAt: { $notNull: true } },
      select: ['documentId', 'slug'],
    })) as Array<{ documentId: string; slug: string | null }>;
  }
  async function clashingSharedIds(uid: SharedUid, own: object, shared: object) {
    const mine = new Set((await publishedSlugs(uid, own)).map((r) => r.slug));
    return new Set((await publishedSlugs(uid, shared)).filter((r) => mine.has(r.slug)).map((r) => r.documentId));
  }

  const BULLETIN_POPULATE = { audio: true, communes: { fields: ['documentId'] }, sourceArticle: { fields: ['documentId'] } };

  /**
   * A body's bulletins: its own, with the communes they are broadcast in, and for a commune-level body the
   * bulletins its province broadcasts there, copied with `sharedFrom` (a column is built from its own file).
   * Without a media collector only the ids are wanted (`present`).
   */
  async function bulletinsFor(bodyDocumentId: string, since: string | null, overlay: DraftOverlay | null, media: MediaCollector | null) {
    const [self] = await loadBodies(strapi, { documentId: bodyDocumentId });
    if (!self) return [];
    const cache = communesCache(strapi);
    const recent = since ? { updatedAt: { $gt: since } } : {};
    const uid = 'api::radio-bulletin.radio-bulletin';
    const own = await published(uid, { body: { documentId: { $eq: bodyDocumentId } }, ...recent }, BULLETIN_POPULATE, overlay);
    const parent = self.parent ? (await loadBodies(strapi, { documentId: self.parent }))[0] : undefined;
    const reaching = { $or: [{ allCommunes: { $eq: true } }, { communes: { documentId: { $eq: bodyDocumentId } } }] };
    const fromParent = parent ? { body: { documentId: { $eq: parent.documentId } }, ...reaching } : null;
    const clashing = fromParent ? await clashingSharedIds(uid, { body: { documentId: { $eq: bodyDocumentId } } }, fromParent) : new Set();
    const shared = fromParent
      ? (await published(uid, { ...fromParent, ...recent }, BULLETIN_POPULATE, overlay)).filter((v) => !clashing.has(v.vi.documentId))
      : [];
    const made: Bulletin[] = [];
    for (const [owner, list] of [[self, own], ...(parent ? [[parent, shared] as const] : [])] as const) {
      for (const { vi: e } of list) {
        const communes = await broadcastCommunes({ owner, allCommunes: Boolean(e.allCommunes), communes: e.communes ?? [] }, cache);
        // A copy is made only where the province really broadcasts it (its own communes, whatever was stored).
        if (owner !== self && !communes.some((c) => c.documentId === self.documentId)) continue;
        made.push({
          id: e.documentId,
          updatedAt: iso(e.updatedAt),
          publishedAt: iso(required(e.publishedAt, 'publishedAt', e)),
          slug: required(e.slug, 'slug', e),
          level: oneOf(BULLETIN_LEVELS, e.level, 'level'),
          title: required(e.title, 'title', e),
          script: required(e.script, 'script', e),
          voice: oneOf(BULLETIN_VOICES, e.voice, 'voice'),
          broadcast: {
            from: required(day(e.broadcastFrom), 'broadcastFrom', e),
            to: required(day(e.broadcastTo), 'broadcastTo', e),
            times: parseTimes(e.broadcastTimes).times,
          },
          communes: communes.map((c) => c.slug).sort(),
          audio: media ? await media.ref(e.audio) : null,
          sourceArticle: e.sourceArticle?.documentId ?? null,
          sharedFrom: owner === self ? null : owner.slug,
        });
      }
    }
    return made;
  }

  async function bodyBySlug(
    slug: string,
  ): Promise<{ documentId: string; slug: string; parent: { documentId: string; slug: string } | null }> {
    return strapi.db
      .query('api::body.body')
      .findOne({ where: { slug }, select: ['documentId', 'slug'], populate: { parent: { select: ['documentId', 'slug'] } } });
  }

  const ARTICLE_POPULATE = {
    cover: true,
    body: { fields: ['documentId'] },
    seo: true,
    topics: { fields: ['slug'] },
    audiences: { fields: ['code'] },
    relatedDocuments: { fields: ['documentId'] },
    relatedArticles: { fields: ['documentId'] },
    relatedTasks: { fields: ['documentId'] },
  };

  /**
   * The articles a commune receives from its province: those shared to all its communes and those shared
   * to this one. Each is copied into the commune's content (snapshot `sharedFrom`), so its column builds
   * from its own file; the copy keeps only the links that resolve there (national documents).
   */
  function sharedFilter(owner: Awaited<ReturnType<typeof bodyBySlug>>) {
    if (!owner.parent) return null;
    return {
      body: { documentId: { $eq: owner.parent.documentId } },
      $or: [{ sharedToAllCommunes: { $eq: true } }, { sharedTo: { documentId: { $eq: owner.documentId } } }],
    };
  }

  async function nationalDocumentIds() {
    const found = await strapi
      .documents('api::resolution-document.resolution-document')
      .findMany({ filters: { national: { $eq: true } }, fields: ['documentId'], status: 'published' });
    return new Set(ids(found));
  }

  type ArticleVersions = Versions<'api::article.article'>;
  /**
   * The media-library pictures an article's text shows, with the files the column then carries. Only files
   * the article's body may use count (the ownership rule for media, access/scope.ts: its own, and those of
   * no body): an address of another body's upload is left out, as is one that names no stored picture, and
   * the page then drops that picture rather than fetch it. A text without pictures gets no field: most have
   * none, and the snapshot of 56 bodies stays as it was.
   */
  async function picturesOf(
    content: string,
    media: MediaCollector,
    bodyDocumentId: string | null,
  ): Promise<{ pictures?: Array<{ src: string; file: MediaRef }> }> {
    const refs = libraryPicturesIn(content);
    if (!refs.length) return {};
    const where = { url: { $in: [...new Set(refs.map((r) => r.path))] }, mime: { $startsWith: 'image/' } };
    const scope = await media.fileScope(bodyDocumentId);
    const files = (await unscoped(() => strapi.db.query(FILE).findMany({ where: within(where, scope) }))) as StoredFile[];
    const byPath = new Map(files.map((file) => [file.url, file]));
    const pictures: Array<{ src: string; file: MediaRef }> = [];
    for (const { src, path } of refs) {
      const file = await media.ref(byPath.get(path));
      if (file) pictures.push({ src, file });
    }
    return pictures.length ? { pictures } : {};
  }

  /**
   * Programme blocks (programme-facts/) are put into the texts here, so every page, feed and search index of
   * a column reads the block's current words, and a changed block changes the texts that embed it.
   */
  type Blocks = (text: string, locale: string | null | undefined) => string;
  const blocksOf =
    (facts: Map<string, ProgrammeFact>): Blocks =>
    (text, locale) =>
      expandBlocks(text, valueIn(facts, locale === 'en' ? 'en' : 'vi'));

  async function article(
    v: ArticleVersions,
    media: MediaCollector,
    publicTasks: Set<string>,
    shared: Shared | null,
    blocks: Blocks,
  ): Promise<Article> {
    const e = v.vi;
    return {
      id: e.documentId,
      updatedAt: latest(v),
      publishDate: required(day(e.publishDate), 'publishDate', e),
      channel: oneOf(CHANNELS, e.channel, 'channel'),
      featured: Boolean(e.featured),
      topics: (e.topics ?? []).map((t) => required(t.slug, 'topics.slug', t)),
      audiences: (e.audiences ?? []).map((a) => oneOf(AUDIENCE_CODES, a.code, 'audiences.code')),
      cover: await media.ref(e.cover),
      relatedDocuments: ids(e.relatedDocuments).filter((id) => !shared || shared.documents.has(id)),
      relatedArticles: shared ? [] : ids(e.relatedArticles),
      relatedTasks: shared ? [] : ids(e.relatedTasks).filter((id) => publicTasks.has(id)),
      sharedFrom: shared?.from ?? null,
      locales: await locales(v, async (x) => ({
        title: required(x.title, 'title', x),
        slug: required(x.slug, 'slug', x),
        summary: blocks(required(x.summary, 'summary', x), x.locale),
        content: blocks(required(x.content, 'content', x), x.locale),
        ...(await picturesOf(required(x.content, 'content', x), media, e.body?.documentId ?? null)),
        coverAlt: nullable(x.coverAlt),
        byline: nullable(x.byline),
        source: nullable(x.source),
        seo: x.seo
          ? {
              metaTitle: nullable(x.seo.metaTitle),
              metaDescription: nullable(x.seo.metaDescription),
              noIndex: Boolean(x.seo.noIndex),
            }
          : null,
      })),
    };
  }

  return {
    async manifest(overlay: DraftOverlay | null = null) {
      const media = new MediaCollector();
      const blocks = blocksOf(await programmeFacts(strapi));
      const bodies = await strapi.documents('api::body.body').findMany({
        populate: { logo: true, banner: true, kindHistory: true, contact: true, parent: { fields: ['slug'] } },
        sort: 'slug',
      });
      const topics = await strapi.documents('api::topic.topic').findMany({ sort: 'slug' });
      const audiences = await strapi.documents('api::audience.audience').findMany({ sort: 'code' });
      const national = { national: { $eq: true } };
      const data = {
        ...FORMAT,
        generatedAt: new Date().toISOString(),
        since: null,
        defaultLocale: 'vi',
        locales: [...LOCALES],
        bodies: await Promise.all(bodies.map((b) => body(b as Entry<'api::body.body'>, media))),
        topics: topics.map((t): Topic => ({
          id: t.documentId,
          slug: required(t.slug, 'slug', t),
          name: { vi: required(t.nameVi, 'nameVi', t), en: required(t.nameEn, 'nameEn', t) },
          description: { vi: nullable(t.descriptionVi), en: nullable(t.descriptionEn) },
        })),
        audiences: audiences.map((a): Audience => ({
          id: a.documentId,
          code: oneOf(AUDIENCE_CODES, a.code, 'code'),
          slug: required(a.slug, 'slug', a),
          name: { vi: required(a.nameVi, 'nameVi', a), en: required(a.nameEn, 'nameEn', a) },
          description: { vi: nullable(a.descriptionVi), en: nullable(a.descriptionEn) },
        })),
        national: {
          documents: await Promise.all(
            (await published('api::resolution-document.resolution-document', national, DOCUMENT_POPULATE, overlay)).map((v) =>
              legalDocument(v, media, blocks),
            ),
          ),
          campaigns: await Promise.all(
            (await published('api::campaign.campaign', national, CAMPAIGN_POPULATE, overlay)).map((v) => campaign(v, media, blocks)),
          ),
        },
      } satisfies Manifest;
      return { data, media: media.sources };
    },

    async bodyContent(slug: string, changedSince: string | null, overlay: DraftOverlay | null = null) {
      const owner = await bodyBySlug(slug);
      if (!owner) return null;
      const media = new MediaCollector();
      const blocks = blocksOf(await programmeFacts(strapi));
      // A programme block changed since the last export: texts that embed it read differently though none of
      // them was edited, so the export is whole (the builder then re-renders only the pages whose text changed).
      const since = changedSince && !(await blocksChangedSince(strapi, changedSince)) ? changedSince : null;
      const own = { body: { documentId: { $eq: owner.documentId } } };
      const changed = since ? { ...own, updatedAt: { $gt: since } } : own;
      const taskFilter = { ...own, secret: { $eq: false } };

      const publicTasks = new Set(
        ids(await strapi.documents('api::st-task.st-task').findMany({ filters: taskFilter, fields: ['documentId'], status: 'published' })),
      );
      const articles = await published('api::article.article', changed, ARTICLE_POPULATE, overlay);
      const fromProvince = sharedFilter(owner);
      const clashing = fromProvince ? await clashingSharedIds('api::article.article', own, fromProvince) : new Set<string>();
      const shared = fromProvince
        ? {
            from: owner.parent!.slug,
            documents: await nationalDocumentIds(),
            versions: (
              await published(
                'api::article.article',
                since ? { ...fromProvince, updatedAt: { $gt: since } } : fromProvince,
                ARTICLE_POPULATE,
                overlay,
              )
            ).filter((v) => !clashing.has(v.vi.documentId)),
          }
        : null;
      const tasks = await published(
        'api::st-task.st-task',
        since ? { ...taskFilter, updatedAt: { $gt: since } } : taskFilter,
        { articles: { fields: ['documentId'] }, pressItems: true },
        overlay,
      );
      const documents = await published(
        'api::resolution-document.resolution-document',
        { ...changed, national: { $eq: false } },
        DOCUMENT_POPULATE,
        overlay,
      );
      const campaigns = await published('api::campaign.campaign', { ...changed, national: { $eq: false } }, CAMPAIGN_POPULATE, overlay);
      const honours = await published('api::honour.honour', changed, { photo: true }, overlay);
      const bulletins = await bulletinsFor(owner.documentId, since, overlay, media);

      const data = {
        ...FORMAT,
        generatedAt: new Date().toISOString(),
        since: since ? iso(since) : null,
        body: slug,
        articles: await Promise.all([
          ...articles.map((v) => article(v, media, publicTasks, null, blocks)),
          ...(shared?.versions ?? []).map((v) => article(v, media, publicTasks, shared, blocks)),
        ]),
        documents: await Promise.all(documents.map((v) => legalDocument(v, media, blocks))),
        campaigns: await Promise.all(campaigns.map((v) => campaign(v, media, blocks))),
        honours: await Promise.all(
          honours.map(async (v): Promise<Honour> => ({
            id: v.vi.documentId,
            updatedAt: latest(v),
            kind: oneOf(HONOUR_KINDS, v.vi.kind, 'kind'),
            decisionRef: nullable(v.vi.decisionRef),
            date: required(day(v.vi.date), 'date', v.vi),
            photo: await media.ref(v.vi.photo),
            locales: await locales(v, (x) => ({
              recipient: required(x.recipient, 'recipient', x),
              reason: required(x.reason, 'reason', x),
              photoAlt: nullable(x.photoAlt),
            })),
          })),
        ),
        tasks: tasks.map((v): Task => ({
          id: v.vi.documentId,
          updatedAt: latest(v),
          code: required(v.vi.code, 'code', v.vi),
          stateFunded: Boolean(v.vi.stateFunded),
          startDate: required(day(v.vi.startDate), 'startDate', v.vi),
          endDate: required(day(v.vi.endDate), 'endDate', v.vi),
          status: oneOf(TASK_STATUSES, v.vi.taskStatus, 'taskStatus'),
          articles: ids(v.vi.articles),
          pressItems: ((v.vi.pressItems ?? []) as Array<Record<string, unknown>>).map((x) => ({
            outlet: required(x.outlet as string | null, 'pressItems.outlet', v.vi),
            channel: oneOf(CHANNELS, x.channel, 'pressItems.channel'),
            title: nullable(x.title as string | null),
            url: nullable(x.url as string | null),
            date: required(day(x.date), 'pressItems.date', v.vi),
          })),
          locales: {
            vi: { title: required(v.vi.title, 'title', v.vi), host: required(v.vi.host, 'host', v.vi) },
            ...(v.en ? { en: { title: required(v.en.title, 'title', v.en), host: required(v.en.host, 'host', v.en) } } : {}),
          },
        })),
        bulletins,
        present: since ? await presentIds(own, taskFilter, fromProvince, clashing, owner.documentId) : null,
      } satisfies BodyContent;
      return { data, media: media.sources };
    },
  };

  async function presentIds(
    own: object,
    taskFilter: object,
    shared: object | null,
    clashing: Set<string>,
    bodyDocumentId: string,
  ): Promise<NonNullable<BodyContent['present']>> {
    const list = async (uid: UID.ContentType, filters: object) => {
      const documents = strapi.documents(uid) as unknown as Untyped<UID.ContentType>;
      return [...new Set(ids(await documents.findMany({ filters, fields: ['documentId'], status: 'published', locale: 'vi' })))];
    };
    return {
      articles: [
        ...(await list('api::article.article', own)),
        ...(shared ? (await list('api::article.article', shared)).filter((id) => !clashing.has(id)) : []),
      ],
      documents: await list('api::resolution-document.resolution-document', { ...own, national: { $eq: false } }),
      campaigns: await list('api::campaign.campaign', { ...own, national: { $eq: false } }),
      honours: await list('api::honour.honour', own),
      tasks: await list('api::st-task.st-task', taskFilter),
      bulletins: (await bulletinsFor(bodyDocumentId, null, null, null)).map((b) => b.id),
    };
  }
};

/** Where a shared copy comes from, and the documents its links may keep. */
interface Shared {
  from: string;
  documents: Set<string>;
}

/** The two reads `published` makes, with parameters it builds itself and results typed by the content type. */
interface Untyped<U extends UID.ContentType> {
  findMany(params: object): Promise<Entry<U>[]>;
  findFirst(params: object): Promise<Entry<U> | null>;
}
