import type { Core } from '@strapi/strapi';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Turns published CMS content into the snapshot format (packages/snapshot). The response carries the
 * snapshot file in `data` and, in `media`, where to download each referenced file by its hash.
 */
type Json = Record<string, any>;
const FORMAT = { format: 'column57-snapshot', version: 1 } as const;
const LOCALES = ['vi', 'en'] as const;

const iso = (value: unknown) => new Date(value as string).toISOString();
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);
const nullable = (value: unknown) => (value === undefined || value === '' ? null : (value ?? null));

/** Which draft a preview shows in place of the published version. */
export interface DraftOverlay {
  uid: string;
  documentId: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Content hashes by file id and version: hashing is the expensive part of a snapshot. */
  const hashes = new Map<string, { hash: string; size: number }>();

  async function fileBytes(file: Json): Promise<Buffer> {
    if (/^https?:\/\//.test(file.url)) return Buffer.from(await (await fetch(file.url)).arrayBuffer());
    return readFile(path.join(strapi.dirs.static.public, file.url));
  }

  class MediaCollector {
    sources: Record<string, string> = {};
    async ref(file: Json | null | undefined) {
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
  }

  /**
   * Published documents in both locales, grouped by document id: { id -> { vi, en } }. With a draft
   * overlay (previews), that one document is read as its draft, as long as it still matches `filters`.
   */
  async function published(uid: string, filters: Json, populate: Json, overlay: DraftOverlay | null = null) {
    const byId = new Map<string, Partial<Record<(typeof LOCALES)[number], Json>>>();
    for (const locale of LOCALES) {
      const entries = (await strapi.documents(uid as any).findMany({ filters, populate, locale, status: 'published' } as any)) as Json[];
      for (const entry of entries) {
        const slot = byId.get(entry.documentId) ?? {};
        slot[locale] = entry;
        byId.set(entry.documentId, slot);
      }
      if (overlay?.uid === uid) {
        const draft = (await strapi
          .documents(uid as any)
          .findFirst({ filters: { ...filters, documentId: overlay.documentId }, populate, locale, status: 'draft' } as any)) as Json | null;
        if (draft) byId.set(draft.documentId, { ...byId.get(draft.documentId), [locale]: draft });
      }
    }
    // Vietnamese is the column's language: an entry without a Vietnamese version is not published.
    return [...byId.values()].filter((v): v is { vi: Json; en?: Json } => Boolean(v.vi));
  }

  const ids = (list: Json[] | undefined) => (list ?? []).map((item) => item.documentId as string);
  const latest = (versions: { vi: Json; en?: Json }) =>
    iso(Math.max(...[versions.vi, versions.en].filter(Boolean).map((v) => Date.parse(v!.updatedAt))));
  const locales = <T>(versions: { vi: Json; en?: Json }, pick: (entry: Json) => T | Promise<T>) =>
    Promise.all(LOCALES.filter((l) => versions[l]).map(async (l) => [l, await pick(versions[l]!)] as const)).then(Object.fromEntries);

  function currentKind(history: Json[]) {
    const today = new Date().toISOString().slice(0, 10);
    const sorted = [...history].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
    return (sorted.filter((h) => String(h.effectiveFrom) <= today).pop() ?? sorted[0])?.kind ?? 'province';
  }

  async function body(entry: Json, media: MediaCollector) {
    const contact = entry.contact ?? {};
    return {
      id: entry.documentId,
      slug: entry.slug,
      name: { vi: entry.nameVi, en: entry.nameEn },
      shortName: { vi: entry.shortNameVi, en: entry.shortNameEn },
      abbreviation: nullable(entry.abbreviation),
      kind: currentKind(entry.kindHistory ?? []),
      kindHistory: (entry.kindHistory ?? []).map((h: Json) => ({
        kind: h.kind,
        effectiveFrom: day(h.effectiveFrom),
        legalBasis: nullable(h.legalBasis),
      })),
      administrativeCode: nullable(entry.administrativeCode),
      mergedFrom: String(entry.mergedFrom ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      portalUrl: nullable(entry.portalUrl),
      publicBaseUrl: entry.publicBaseUrl,
      basePath: entry.basePath,
      logo: await media.ref(entry.logo),
      banner: await media.ref(entry.banner),
      primaryColor: entry.primaryColor,
      secondaryColor: entry.secondaryColor,
      contact: {
        unit: { vi: nullable(contact.unitVi), en: nullable(contact.unitEn) },
        email: nullable(contact.email),
        phone: nullable(contact.phone),
        address: { vi: nullable(contact.addressVi), en: nullable(contact.addressEn) },
      },
      languages: entry.englishEnabled ? ['vi', 'en'] : ['vi'],
      embedOrigins: String(entry.embedOrigins ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }

  const DOCUMENT_POPULATE = { attachments: true, relatedDocuments: { fields: ['documentId'] }, body: { fields: ['slug'] } };
  async function legalDocument(v: { vi: Json; en?: Json }, media: MediaCollector) {
    const e = v.vi;
    return {
      id: e.documentId,
      updatedAt: latest(v),
      number: e.number,
      slug: e.slug,
      docType: e.docType,
      signer: nullable(e.signer),
      issueDate: day(e.issueDate),
      effectiveDate: day(e.effectiveDate),
      status: e.legalStatus,
      national: Boolean(e.national),
      body: e.body?.slug ?? null,
      attachments: (await Promise.all((e.attachments ?? []).map((f: Json) => media.ref(f)))).filter(Boolean),
      relatedDocuments: ids(e.relatedDocuments),
      locales: await locales(v, (x) => ({ title: x.title, issuer: x.issuer, summary: x.summary, fullText: nullable(x.fullText) })),
    };
  }

  const CAMPAIGN_POPULATE = { audiences: { fields: ['code'] }, assets: { populate: { file: true } }, body: { fields: ['slug'] } };
  async function campaign(v: { vi: Json; en?: Json }, media: MediaCollector) {
    const e = v.vi;
    return {
      id: e.documentId,
      updatedAt: latest(v),
      slug: e.slug,
      startDate: day(e.startDate),
      endDate: day(e.endDate),
      audiences: (e.audiences ?? []).map((a: Json) => a.code),
      national: Boolean(e.national),
      body: e.body?.slug ?? null,
      locales: await locales(v, async (x) => ({
        title: x.title,
        description: x.description,
        assets: await Promise.all(
          (x.assets ?? []).map(async (a: Json) => ({
            kind: a.kind,
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

  async function bodyBySlug(slug: string) {
    return strapi.db.query('api::body.body').findOne({ where: { slug }, select: ['documentId', 'slug'] });
  }

  return {
    async manifest(overlay: DraftOverlay | null = null) {
      const media = new MediaCollector();
      const bodies = (await strapi
        .documents('api::body.body')
        .findMany({ populate: { logo: true, banner: true, kindHistory: true, contact: true }, sort: 'slug' } as any)) as Json[];
      const topics = (await strapi.documents('api::topic.topic').findMany({ sort: 'slug' } as any)) as Json[];
      const audiences = (await strapi.documents('api::audience.audience').findMany({ sort: 'code' } as any)) as Json[];
      const national = { national: { $eq: true } };
      const data = {
        ...FORMAT,
        generatedAt: new Date().toISOString(),
        since: null,
        defaultLocale: 'vi',
        locales: [...LOCALES],
        bodies: await Promise.all(bodies.map((b) => body(b, media))),
        topics: topics.map((t) => ({
          id: t.documentId,
          slug: t.slug,
          name: { vi: t.nameVi, en: t.nameEn },
          description: { vi: nullable(t.descriptionVi), en: nullable(t.descriptionEn) },
        })),
        audiences: audiences.map((a) => ({
          id: a.documentId,
          code: a.code,
          slug: a.slug,
          name: { vi: a.nameVi, en: a.nameEn },
          description: { vi: nullable(a.descriptionVi), en: nullable(a.descriptionEn) },
        })),
        national: {
          documents: await Promise.all(
            (await published('api::resolution-document.resolution-document', national, DOCUMENT_POPULATE, overlay)).map((v) =>
              legalDocument(v, media),
            ),
          ),
          campaigns: await Promise.all(
            (await published('api::campaign.campaign', national, CAMPAIGN_POPULATE, overlay)).map((v) => campaign(v, media)),
          ),
        },
      };
      return { data, media: media.sources };
    },

    async bodyContent(slug: string, since: string | null, overlay: DraftOverlay | null = null) {
      const owner = await bodyBySlug(slug);
      if (!owner) return null;
      const media = new MediaCollector();
      const own = { body: { documentId: { $eq: owner.documentId } } };
      const changed = since ? { ...own, updatedAt: { $gt: since } } : own;
      const taskFilter = { ...own, secret: { $eq: false } };

      const publicTasks = new Set(
        ids(
          (await strapi
            .documents('api::st-task.st-task')
            .findMany({ filters: taskFilter, fields: ['documentId'], status: 'published' } as any)) as Json[],
        ),
      );
      const articles = await published(
        'api::article.article',
        changed,
        {
          cover: true,
          seo: true,
          topics: { fields: ['slug'] },
          audiences: { fields: ['code'] },
          relatedDocuments: { fields: ['documentId'] },
          relatedArticles: { fields: ['documentId'] },
          relatedTasks: { fields: ['documentId'] },
        },
        overlay,
      );
      const tasks = await published(
        'api::st-task.st-task',
        since ? { ...taskFilter, updatedAt: { $gt: since } } : taskFilter,
        { articles: { fields: ['documentId'] } },
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

      const data = {
        ...FORMAT,
        generatedAt: new Date().toISOString(),
        since: since ? iso(since) : null,
        body: slug,
        articles: await Promise.all(
          articles.map(async (v) => {
            const e = v.vi;
            return {
              id: e.documentId,
              updatedAt: latest(v),
              publishDate: day(e.publishDate),
              channel: e.channel,
              featured: Boolean(e.featured),
              topics: (e.topics ?? []).map((t: Json) => t.slug),
              audiences: (e.audiences ?? []).map((a: Json) => a.code),
              cover: await media.ref(e.cover),
              relatedDocuments: ids(e.relatedDocuments),
              relatedArticles: ids(e.relatedArticles),
              relatedTasks: ids(e.relatedTasks).filter((id) => publicTasks.has(id)),
              locales: await locales(v, (x) => ({
                title: x.title,
                slug: x.slug,
                summary: x.summary,
                content: x.content,
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
          }),
        ),
        documents: await Promise.all(documents.map((v) => legalDocument(v, media))),
        campaigns: await Promise.all(campaigns.map((v) => campaign(v, media))),
        honours: await Promise.all(
          honours.map(async (v) => ({
            id: v.vi.documentId,
            updatedAt: latest(v),
            kind: v.vi.kind,
            decisionRef: nullable(v.vi.decisionRef),
            date: day(v.vi.date),
            photo: await media.ref(v.vi.photo),
            locales: await locales(v, (x) => ({ recipient: x.recipient, reason: x.reason, photoAlt: nullable(x.photoAlt) })),
          })),
        ),
        tasks: await Promise.all(
          tasks.map(async (v) => ({
            id: v.vi.documentId,
            updatedAt: latest(v),
            code: v.vi.code,
            stateFunded: Boolean(v.vi.stateFunded),
            startDate: day(v.vi.startDate),
            endDate: day(v.vi.endDate),
            status: v.vi.taskStatus,
            articles: ids(v.vi.articles),
            locales: await locales(v, (x) => ({ title: x.title, host: x.host })),
          })),
        ),
        present: since ? await presentIds(own, taskFilter) : null,
      };
      return { data, media: media.sources };
    },
  };

  async function presentIds(own: Json, taskFilter: Json) {
    const list = async (uid: string, filters: Json) => [
      ...new Set(
        ids(
          (await strapi
            .documents(uid as any)
            .findMany({ filters, fields: ['documentId'], status: 'published', locale: 'vi' } as any)) as Json[],
        ),
      ),
    ];
    return {
      articles: await list('api::article.article', own),
      documents: await list('api::resolution-document.resolution-document', { ...own, national: { $eq: false } }),
      campaigns: await list('api::campaign.campaign', { ...own, national: { $eq: false } }),
      honours: await list('api::honour.honour', own),
      tasks: await list('api::st-task.st-task', taskFilter),
    };
  }
};
