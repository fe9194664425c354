import type { Core } from '@strapi/strapi';
import { fillFromProvince } from '../communes/guard';
import { isCommuneKind } from '../communes/naming';
import type { CommuneArticleSeed, CommuneSeedFile } from './data';

type Json = Record<string, any>;

/**
 * The demo's communes: the official units of the demo provinces (cms/seed/communes.json), named and
 * addressed by the commune rule (communes/naming.ts, the same the import uses), a few articles of their
 * own, and province articles shared to all or some of them. Skips what exists, as the rest of the seed.
 */
export class CommuneSeeder {
  private codes = new Map<string, string>(); // administrative code -> document id
  private provinceOf = new Map<string, string>(); // administrative code -> province slug

  constructor(
    private strapi: Core.Strapi,
    private file: CommuneSeedFile,
    private provinces: Map<string, string>, // province slug -> document id
    private topics: Map<string, string>,
    private onlyBodies: string[],
  ) {}

  /** Communes are reference data, seeded with every body; their content only with their province's. */
  private chosen = (province: string) => this.provinces.has(province) && (!this.onlyBodies.length || this.onlyBodies.includes(province));

  async bodies(): Promise<number> {
    for (const [province, { legalBasis, communes }] of Object.entries(this.file.provinces)) {
      if (!this.provinces.has(province)) continue;
      const provinceId = this.provinces.get(province)!;
      for (const unit of communes) {
        this.provinceOf.set(unit.code, province);
        const existing = await this.strapi.db
          .query('api::body.body')
          .findOne({ where: { administrativeCode: unit.code }, select: ['documentId'] });
        if (existing) {
          this.codes.set(unit.code, existing.documentId);
          continue;
        }
        if (!isCommuneKind(unit.kind)) continue;
        const data: Json = {
          nameVi: unit.name,
          administrativeCode: unit.code,
          parent: provinceId,
          kindHistory: [{ kind: unit.kind, effectiveFrom: this.file.effectiveFrom, legalBasis }],
          factsToCheck: unit.verified ? null : this.file.source.vi,
        };
        await fillFromProvince(this.strapi, data, provinceId);
        const created = (await this.strapi.documents('api::body.body').create({ data } as any)) as Json;
        this.codes.set(unit.code, created.documentId);
      }
    }
    return this.codes.size;
  }

  private async article(owner: string, text: CommuneArticleSeed, extra: Json = {}) {
    const found = await this.strapi.documents('api::article.article').findFirst({
      filters: { slug: text.slug, body: { documentId: owner } },
      locale: 'vi',
      status: 'draft',
    } as any);
    if (found) return;
    await this.strapi.documents('api::article.article').create({
      data: {
        title: text.title,
        slug: text.slug,
        summary: text.summary,
        content: text.content,
        publishDate: text.publishDate,
        channel: text.channel,
        topics: text.topics.map((t) => this.topics.get(t)).filter(Boolean),
        body: owner,
        ...extra,
      },
      locale: 'vi',
      status: 'published',
    } as any);
  }

  async content() {
    for (const item of this.file.articles) {
      const commune = this.codes.get(item.commune);
      if (commune && this.chosen(this.provinceOf.get(item.commune)!)) await this.article(commune, item);
    }
    for (const item of this.file.shared) {
      if (!this.chosen(item.province)) continue;
      const to = item.to === 'all' ? [] : item.to.map((code) => this.codes.get(code)).filter((id): id is string => Boolean(id));
      await this.article(this.provinces.get(item.province)!, item, { sharedToAllCommunes: item.to === 'all', sharedTo: to });
    }
  }
}
