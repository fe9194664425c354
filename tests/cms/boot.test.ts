import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningCms, startCms } from '../support/cms.ts';
import { OWNED_TYPES } from '../../cms/src/access/owned-types.ts';

const ARTICLE = 'api::article.article';
const SEEDED = ['hanoi', 'mst'];

/** Rows and their last change, per table: what a second start must leave alone. */
async function stateOf(cms: RunningCms) {
  const state: Record<string, unknown> = {};
  for (const uid of ['api::body.body', ...OWNED_TYPES, 'plugin::upload.file', 'admin::role', 'admin::permission']) {
    const rows = await cms.strapi.db.query(uid).findMany({ select: ['id', 'updatedAt'], orderBy: { id: 'asc' } });
    state[uid] = rows.map((r: any) => `${r.id}@${new Date(r.updatedAt).toISOString()}`);
  }
  return state;
}

describe('CMS boot and demo seed (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'column57-boot-'));
  const sqliteFile = join(dir, 'data.db');
  let cms: RunningCms;
  let token: string;
  beforeAll(async () => {
    cms = await startCms({ seedBodies: SEEDED, sqliteFile, freshSeed: true });
    token = (await cms.strapi.service('admin::api-token').create({ name: 'thử', type: 'read-only', lifespan: null })).accessKey;
  });
  afterAll(async () => {
    await cms?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers its health check', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  });

  it('has Vietnamese as the default locale and English second', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: any) => l.code).sort()).toEqual(['en', 'vi']);
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('vi');
  });

  it("labels the editor's forms in Vietnamese", async () => {
    const config = await cms.strapi.plugin('content-manager').service('content-types').findConfiguration({ uid: ARTICLE });
    expect(config.metadatas.title.edit.label).toBe('Tiêu đề (title)');
    expect(config.metadatas.coverAlt.edit.description).toMatch(/Bắt buộc khi có ảnh/);
    expect(config.settings.mainField).toBe('title');
  });

  it('seeds all 56 bodies and the 94 communes of Huế and Quảng Ninh, and at least 12 articles for each seeded body', async () => {
    expect(await cms.strapi.db.query('api::body.body').count({ where: { parent: { id: { $null: true } } } })).toBe(56);
    expect(await cms.strapi.db.query('api::body.body').count({ where: { parent: { id: { $notNull: true } } } })).toBe(94);
    for (const slug of SEEDED) {
      const articles = await cms.strapi.documents(ARTICLE).findMany({ filters: { body: { slug } }, status: 'published', locale: 'vi' });
      expect(articles.length).toBeGreaterThanOrEqual(12);
      expect(articles[0].title.normalize('NFC')).toBe(articles[0].title);
    }
  });

  it('serves what changed since a given time, with the ids of everything still published', async () => {
    const get = (path: string) => fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await (await get(`/api/column57/snapshot/hanoi?since=${before}`)).json()).data.articles).toEqual([]);
    const [first] = await cms.strapi
      .documents(ARTICLE)
      .findMany({ filters: { body: { slug: 'hanoi' } }, locale: 'vi', status: 'draft', limit: 1 });
    await cms.strapi.documents(ARTICLE).update({ documentId: first.documentId, locale: 'vi', data: { byline: 'Phóng viên Thu Hà' } });
    await cms.strapi.documents(ARTICLE).publish({ documentId: first.documentId, locale: 'vi' });
    const changed = (await (await get(`/api/column57/snapshot/hanoi?since=${before}`)).json()).data;
    expect(changed.articles.map((a: any) => a.id)).toEqual([first.documentId]);
    expect(changed.articles[0].locales.vi.byline).toBe('Phóng viên Thu Hà');
    expect(changed.present.articles.length).toBeGreaterThanOrEqual(12);
    expect(changed.since).toBe(new Date(before).toISOString());
    const bad = await get('/api/column57/snapshot/hanoi?since=h%C3%B4m-qua');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/since/);
    expect((await get('/api/column57/snapshot/khong-co')).status).toBe(404);
  });

  it('a second start on the same database changes nothing', async () => {
    const before = await stateOf(cms);
    await cms.stop();
    cms = await startCms({ seedBodies: SEEDED, sqliteFile });
    expect(await stateOf(cms)).toEqual(before);
  });
});
