import type { Core } from '@strapi/strapi';
import path from 'node:path';
import { slugOfDocumentNumber } from '../validation/document-number';
import { guidePdf, illustration, logo } from './artwork';
import { AUDIENCES, type BodyFact, type SeedData, type Story, fill, isCentral, loadSeedData } from './data';
import { MediaLibrary } from './media';
import { CommuneSeeder } from './communes';
import { CMS_LOG_TEXT } from '../log-messages';
import { scriptFromArticle } from '../bulletins/listening';
import { blockExpander } from '../programme-facts/store';

/** Bump when the demo content changes shape; a database seeded at this version is left alone. */
export const DEMO_SEED_VERSION = 5;

const ARTICLES_PER_BODY = 14;
const HONOURS_PER_BODY = 3;
const TASKS_PER_BODY = 5;
/** Bodies that also run a campaign of their own in the demo. */
const BODIES_WITH_CAMPAIGNS = ['hanoi', 'mst', 'danang', 'moet', 'laocai'];

type Log = (message: string) => void;
type Json = Record<string, any>;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Spread publish dates over 2025-01-15 .. 2026-11-10, deterministically per body and story. */
function publishDate(bodyIndex: number, storyIndex: number) {
  const start = Date.UTC(2025, 0, 15);
  const span = 664;
  return isoDay(start + ((bodyIndex * 37 + storyIndex * 47) % span) * DAY);
}

/** Which stories a body tells: all "any" stories plus those for its kind, rotated so bodies differ. */
function storiesFor(data: SeedData, body: BodyFact, bodyIndex: number): Story[] {
  const kind = isCentral(body) ? 'central' : 'provincial';
  const pool = data.stories.filter((s) => s.for === 'any' || s.for === kind);
  const rotated = pool.map((_, i) => pool[(i + bodyIndex) % pool.length]);
  return rotated.slice(0, Math.min(ARTICLES_PER_BODY, rotated.length));
}

const documentSlugsIn = (markdown: string) => [...markdown.matchAll(/van-ban\/([a-z0-9-]+)\//g)].map((m) => m[1]);

class Seeder {
  private media: MediaLibrary;
  private topics = new Map<string, string>();
  private audiences = new Map<string, string>();
  private documents = new Map<string, string>(); // slug -> documentId
  private locales: string[] = ['vi'];
  /** Documents that have an English version: Strapi links relations per locale, so an English
   *  entry may only point at entries that exist in English too. */
  private withEnglish = new Set<string>();

  constructor(
    private strapi: Core.Strapi,
    private data: SeedData,
    private log: Log,
    private onlyBodies: string[] = [],
  ) {
    this.media = new MediaLibrary(strapi);
  }

  private docs(uid: string) {
    return this.strapi.documents(uid as any);
  }

  private async findId(uid: string, filters: Json): Promise<string | null> {
    const found = await this.docs(uid).findFirst({ filters, locale: 'vi', status: 'draft', fields: ['documentId'] } as any);
    return (found as Json | null)?.documentId ?? null;
  }

  /** Creates a published document in Vietnamese and, when given, its English version. */
  private async createPublished(uid: string, vi: Json, en?: Json | null): Promise<string> {
    const created = (await this.docs(uid).create({ data: vi, locale: 'vi', status: 'published' } as any)) as Json;
    if (en && this.locales.includes('en')) {
      const english = { ...en };
      for (const key of ['relatedArticles', 'relatedTasks', 'relatedDocuments']) {
        if (Array.isArray(english[key])) english[key] = english[key].filter((id: string) => this.withEnglish.has(id));
      }
      await this.docs(uid).update({ documentId: created.documentId, data: english, locale: 'en', status: 'published' } as any);
      this.withEnglish.add(created.documentId);
    }
    return created.documentId;
  }

  async run() {
    this.locales = (await this.strapi.plugin('i18n').service('locales').find()).map((l: Json) => l.code);
    await this.referenceData();
    const bodies = await this.bodies();
    const communes = new CommuneSeeder(this.strapi, this.data.communes, bodies, this.topics, this.onlyBodies);
    this.log(CMS_LOG_TEXT.both('seedCommunes', { count: await communes.bodies() }));
    await this.nationalDocuments();
    await this.nationalCampaigns();
    let done = 0;
    const started = Date.now();
    const chosen = this.data.bodies
      .map((body, index) => ({ body, index }))
      .filter(({ body }) => !this.onlyBodies.length || this.onlyBodies.includes(body.slug));
    for (const { body, index } of chosen) {
      await this.strapi.db.transaction(() => this.bodyContent(body, index, bodies.get(body.slug)!));
      done++;
      if (done % 8 === 0 || done === chosen.length) {
        const seconds = Math.round((Date.now() - started) / 1000);
        this.log(CMS_LOG_TEXT.both('seedProgress', { done, total: chosen.length, body: body.shortNameVi, seconds }));
      }
    }
    await this.strapi.db.transaction(() => communes.content());
    this.media.close();
  }

  private async referenceData() {
    for (const audience of AUDIENCES) {
      const id =
        (await this.findId('api::audience.audience', { code: audience.code })) ??
        ((await this.docs('api::audience.audience').create({ data: audience } as any)) as Json).documentId;
      this.audiences.set(audience.code, id);
    }
    for (const topic of this.data.topics) {
      const data = {
        slug: topic.slug,
        nameVi: topic.vi.name,
        nameEn: topic.en.name,
        descriptionVi: topic.vi.description,
        descriptionEn: topic.en.description,
      };
      const id =
        (await this.findId('api::topic.topic', { slug: topic.slug })) ??
        ((await this.docs('api::topic.topic').create({ data } as any)) as Json).documentId;
      this.topics.set(topic.slug, id);
    }
    // Programme blocks before any article: the articles embed them, and the rules refuse an unknown one.
    for (const fact of this.data.programmeFacts) {
      if (await this.findId('api::programme-fact.programme-fact', { key: fact.key })) continue;
      const data = {
        key: fact.key,
        nameVi: fact.vi.name,
        nameEn: fact.en.name,
        valueVi: fact.vi.value,
        valueEn: fact.en.value,
        source: fact.source,
      };
      await this.docs('api::programme-fact.programme-fact').create({ data } as any);
    }
  }

  private async bodies(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const body of this.data.bodies) {
      const existing = await this.findId('api::body.body', { slug: body.slug });
      if (existing) {
        ids.set(body.slug, existing);
        continue;
      }
      const emblem = await this.media.put(
        `logo-${body.slug}`,
        () => logo(body.slug, body.primaryColor, body.secondaryColor),
        `Biểu trưng ${body.nameVi}`,
      );
      const portal = body.portal ?? `${body.slug}.gov.vn`;
      const created = (await this.docs('api::body.body').create({
        data: {
          nameVi: body.nameVi,
          nameEn: body.nameEn,
          shortNameVi: body.shortNameVi,
          shortNameEn: body.shortNameEn,
          abbreviation: body.abbreviation,
          slug: body.slug,
          kindHistory: [{ kind: body.kind, effectiveFrom: body.kindSince, legalBasis: body.legalBasis }],
          administrativeCode: body.administrativeCode,
          mergedFrom: body.mergedFrom.join(', ') || null,
          portalUrl: `https://${portal}`,
          publicBaseUrl: `https://${portal}`,
          basePath: '/nghi-quyet-57/',
          logo: emblem.id,
          primaryColor: body.primaryColor,
          secondaryColor: body.secondaryColor,
          contact: {
            unitVi: isCentral(body) ? `Văn phòng ${body.nameVi}` : `Sở Khoa học và Công nghệ ${body.shortNameVi}`,
            unitEn: isCentral(body) ? `Office of the ${body.nameEn}` : `${body.shortNameEn} Department of Science and Technology`,
            email: `nq57@${portal}`,
          },
          englishEnabled: body.englishEnabled,
          embedOrigins: `https://${portal}`,
          factsToCheck: body.factsToCheck.join('\n') || null,
        },
      } as any)) as Json;
      ids.set(body.slug, created.documentId);
    }
    this.log(CMS_LOG_TEXT.both('seedBodies', { count: ids.size }));
    return ids;
  }

  private async nationalDocuments() {
    const attachment = (number: string) =>
      guidePdf(`van-ban-${slugOfDocumentNumber(number)}`, [
        `Document ${number}`,
        'Demo attachment generated by column57.',
        'Replace it with the official file in the CMS.',
      ]);
    for (const doc of this.data.documents) {
      const slug = slugOfDocumentNumber(doc.number);
      const existing = await this.findId('api::resolution-document.resolution-document', { slug, national: true });
      if (existing) {
        this.documents.set(slug, existing);
        continue;
      }
      const file = await this.media.put(`van-ban-${slug}`, () => attachment(doc.number), null, doc.vi.title);
      const shared = {
        number: doc.number,
        slug,
        docType: doc.docType,
        signer: doc.signer,
        issueDate: doc.issueDate,
        effectiveDate: doc.effectiveDate,
        legalStatus: doc.status,
        attachments: [file.id],
        national: true,
        factsToCheck: doc.unconfirmed.length ? `Chưa xác nhận / unconfirmed: ${doc.unconfirmed.join(', ')}` : null,
      };
      const id = await this.createPublished(
        'api::resolution-document.resolution-document',
        { ...shared, title: doc.vi.title, issuer: doc.issuer.vi, summary: doc.vi.summary, fullText: doc.vi.fullText ?? null },
        {
          ...shared,
          title: doc.en.title,
          issuer: doc.issuer.en ?? doc.issuer.vi,
          summary: doc.en.summary,
          fullText: doc.en.fullText ?? null,
        },
      );
      this.documents.set(slug, id);
    }
    // Relations once every document exists.
    for (const doc of this.data.documents) {
      const related = doc.related.map((n) => this.documents.get(slugOfDocumentNumber(n))).filter(Boolean);
      if (!related.length) continue;
      const documentId = this.documents.get(slugOfDocumentNumber(doc.number))!;
      for (const locale of this.locales) {
        await this.docs('api::resolution-document.resolution-document').update({
          documentId,
          locale,
          data: { relatedDocuments: related },
          status: 'published',
        } as any);
      }
    }
    this.log(CMS_LOG_TEXT.both('seedNationalDocuments', { count: this.documents.size }));
  }

  private async campaignData(campaign: SeedData['campaigns'][number], body: BodyFact | null, locale: 'vi' | 'en') {
    const text = campaign[locale] ?? campaign.vi;
    const put = (s: string | undefined) => (s && body ? fill(s, body, 2026) : (s ?? null));
    const assets = [];
    for (const asset of campaign.assets) {
      const words = asset[locale] ?? asset.vi;
      const file = asset.file
        ? await this.media.put(
            asset.file,
            () =>
              asset.file!.startsWith('guide')
                ? guidePdf(asset.file!, ['Resolution 57 communication kit', 'Demo document generated by column57.'])
                : illustration(asset.file!),
            words.alt ?? null,
            words.caption ?? null,
          )
        : null;
      assets.push({
        kind: asset.kind,
        file: file?.id ?? null,
        url: asset.url,
        caption: put(words.caption),
        alt: put(words.alt),
        credit: asset.credit ?? null,
        licence: asset.licence ?? null,
        downloadable: true,
      });
    }
    return { title: put(text.title), description: put(text.description), assets };
  }

  private async nationalCampaigns() {
    for (const campaign of this.data.campaigns.filter((c) => c.scope === 'national')) {
      if (await this.findId('api::campaign.campaign', { slug: campaign.key, national: true })) continue;
      const shared = {
        slug: campaign.key,
        startDate: campaign.start,
        endDate: campaign.end,
        audiences: campaign.audiences.map((a) => this.audiences.get(a)),
        national: true,
      };
      await this.createPublished(
        'api::campaign.campaign',
        { ...shared, ...(await this.campaignData(campaign, null, 'vi')) },
        campaign.en ? { ...shared, ...(await this.campaignData(campaign, null, 'en')) } : null,
      );
    }
  }

  /**
   * A province's radio bulletins, broadcast to all its communes (whichever exist: the communes come with
   * their own seed). One is made from the body's article as an editor's "make a bulletin" would make it.
   */
  private async bulletins(body: BodyFact, index: number, bodyId: string) {
    const uid = 'api::radio-bulletin.radio-bulletin';
    for (const seed of this.data.bulletins.filter((b) => b.body === body.slug)) {
      let text = { title: seed.title ?? '', script: seed.script ?? '' };
      let sourceArticle: string | null = null;
      if (seed.fromArticle !== undefined) {
        const story = storiesFor(this.data, body, index)[seed.fromArticle];
        const found = (await this.docs('api::article.article').findFirst({
          filters: { slug: story.vi.slug, body: { documentId: bodyId } },
          locale: 'vi',
          status: 'published',
        } as any)) as Json | null;
        if (!found) continue;
        const expand = await blockExpander(this.strapi);
        const spoken = { title: String(found.title), summary: expand(found.summary as string), content: expand(found.content as string) };
        text = { title: found.title, script: scriptFromArticle(spoken) };
        sourceArticle = found.documentId;
      }
      if (await this.findId(uid, { title: text.title, body: { documentId: bodyId } })) continue;
      await this.createPublished(uid, {
        ...text,
        level: seed.level,
        voice: seed.voice,
        broadcastFrom: seed.from,
        broadcastTo: seed.to,
        broadcastTimes: seed.times,
        allCommunes: true,
        sourceArticle,
        factsToCheck: seed.factsToCheck ?? null,
        body: bodyId,
      });
    }
  }

  /**
   * A picture inside an article's text, as an editor inserts one from the media library (the Markdown
   * names the library's address): stored once, then placed after the given paragraph in each language.
   */
  private async pictureInText(picture: NonNullable<Story['picture']>) {
    const stored = await this.media.put(picture.image, () => illustration(picture.image), null);
    const { url } = (await this.strapi.db.query('plugin::upload.file').findOne({ where: { id: stored.id }, select: ['url'] })) as {
      url: string;
    };
    return (content: string, locale: 'vi' | 'en') => {
      const paragraphs = content.split('\n\n');
      paragraphs.splice(picture.afterParagraph, 0, `![${picture.alt[locale]}](${url})`);
      return paragraphs.join('\n\n');
    };
  }

  private async bodyContent(body: BodyFact, index: number, bodyId: string) {
    const english = body.englishEnabled;
    const stories = storiesFor(this.data, body, index);
    const taskIds: string[] = [];
    for (let t = 0; t < TASKS_PER_BODY; t++) {
      const task = this.data.tasks[(index + t) % this.data.tasks.length];
      const code = fill(task.code, body, 2025);
      if (await this.findId('api::st-task.st-task', { code, body: { documentId: bodyId } })) continue;
      const shared = {
        code,
        stateFunded: task.stateFunded,
        secret: task.secret,
        startDate: task.start,
        endDate: task.end,
        taskStatus: task.status,
        pressItems: (task.press ?? []).map((item) => ({
          outlet: fill(item.outlet, body, 2025),
          channel: item.channel,
          title: item.title ? fill(item.title, body, 2025) : null,
          url: item.url ?? null,
          date: item.date,
        })),
        body: bodyId,
      };
      taskIds.push(
        await this.createPublished(
          'api::st-task.st-task',
          { ...shared, title: fill(task.title.vi, body, 2025), host: fill(task.host.vi, body, 2025) },
          english && task.title.en
            ? { ...shared, title: fill(task.title.en, body, 2025), host: fill(task.host.en ?? task.host.vi, body, 2025) }
            : null,
        ),
      );
    }
    const publicTasks = taskIds.filter((_, t) => !this.data.tasks[(index + t) % this.data.tasks.length].secret);

    const articleIds: string[] = [];
    for (const [s, story] of stories.entries()) {
      if (await this.findId('api::article.article', { slug: story.vi.slug, body: { documentId: bodyId } })) continue;
      const cover = await this.media.put(story.image, () => illustration(story.image), null);
      const related = documentSlugsIn(story.vi.content)
        .concat('57-nq-tw')
        .map((slug) => this.documents.get(slug))
        .filter(Boolean);
      const shared = {
        cover: cover.id,
        topics: story.topics.map((t) => this.topics.get(t)).filter(Boolean),
        audiences: story.audiences.map((a) => this.audiences.get(a)).filter(Boolean),
        channel: story.channel,
        publishDate: publishDate(index, s),
        featured: story.featured,
        body: bodyId,
        relatedDocuments: [...new Set(related)],
        relatedTasks: story.topics.includes('khoa-hoc') && publicTasks.length ? [publicTasks[s % publicTasks.length]] : [],
        relatedArticles: articleIds.length ? [articleIds[articleIds.length - 1]] : [],
      };
      const year = Number(shared.publishDate.slice(0, 4));
      const inText = story.picture ? await this.pictureInText(story.picture) : null;
      const localized = (text: Story['vi'], locale: 'vi' | 'en') => ({
        title: fill(text.title, body, year),
        slug: text.slug,
        summary: fill(text.summary, body, year),
        content: inText ? inText(fill(text.content, body, year), locale) : fill(text.content, body, year),
        coverAlt: fill(text.imageAlt, body, year),
        byline: text.byline ? fill(text.byline, body, year) : null,
        source: text.source ? fill(text.source, body, year) : null,
      });
      articleIds.push(
        await this.createPublished(
          'api::article.article',
          { ...shared, ...localized(story.vi, 'vi') },
          english && story.en ? { ...shared, ...localized(story.en, 'en') } : null,
        ),
      );
    }

    for (let h = 0; h < HONOURS_PER_BODY; h++) {
      const honour = this.data.honours[(index + h) % this.data.honours.length];
      const recipient = fill(honour.recipient.vi, body, 2026);
      if (await this.findId('api::honour.honour', { recipient, body: { documentId: bodyId } })) continue;
      const photo = await this.media.put(honour.photo, () => illustration(honour.photo), null);
      const shared = {
        kind: honour.kind,
        decisionRef: fill(honour.decision, body, 2026),
        date: honour.date,
        photo: photo.id,
        body: bodyId,
      };
      await this.createPublished(
        'api::honour.honour',
        { ...shared, recipient, reason: fill(honour.reason.vi, body, 2026), photoAlt: `Ảnh minh họa lễ vinh danh ${recipient}` },
        english && honour.recipient.en
          ? {
              ...shared,
              recipient: fill(honour.recipient.en, body, 2026),
              reason: fill(honour.reason.en ?? honour.reason.vi, body, 2026),
              photoAlt: `Illustration of the award ceremony for ${fill(honour.recipient.en, body, 2026)}`,
            }
          : null,
      );
    }

    await this.bulletins(body, index, bodyId);

    if (BODIES_WITH_CAMPAIGNS.includes(body.slug)) {
      for (const campaign of this.data.campaigns.filter((c) => c.scope === 'body')) {
        if (await this.findId('api::campaign.campaign', { slug: campaign.key, body: { documentId: bodyId } })) continue;
        const shared = {
          slug: campaign.key,
          startDate: campaign.start,
          endDate: campaign.end,
          audiences: campaign.audiences.map((a) => this.audiences.get(a)),
          national: false,
          body: bodyId,
        };
        await this.createPublished(
          'api::campaign.campaign',
          { ...shared, ...(await this.campaignData(campaign, body, 'vi')) },
          english && campaign.en ? { ...shared, ...(await this.campaignData(campaign, body, 'en')) } : null,
        );
      }
    }
  }
}

/** Seeds the demo once per database: a second start finds the version mark and changes nothing. */
export async function seedDemo(strapi: Core.Strapi, log: Log = (m) => strapi.log.info(m), onlyBodies: string[] = []): Promise<boolean> {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  if ((await store.get({ key: 'demoSeedVersion' })) === DEMO_SEED_VERSION) return false;
  const started = Date.now();
  const data = loadSeedData(path.join(strapi.dirs.app.root, 'seed'));
  await new Seeder(strapi, data, log, onlyBodies).run();
  await store.set({ key: 'demoSeedVersion', value: DEMO_SEED_VERSION });
  log(CMS_LOG_TEXT.both('seeded', { seconds: Math.round((Date.now() - started) / 1000) }));
  return true;
}
