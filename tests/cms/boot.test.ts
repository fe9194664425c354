import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningCms, startCms } from '../support/cms.ts';

describe('CMS boot and demo seed (SQLite)', () => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms({ seedBodies: ['hanoi', 'mst'] });
  });
  afterAll(async () => cms?.stop());

  it('answers its health check', async () => {
    const response = await fetch(`${cms.url}/_health`);
    expect(response.status).toBe(204);
  });

  it('has Vietnamese as the default locale and English second', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: any) => l.code).sort()).toEqual(['en', 'vi']);
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('vi');
  });

  it('seeds all 56 bodies and at least 12 published articles for each seeded body', async () => {
    expect(await cms.strapi.db.query('api::body.body').count()).toBe(56);
    for (const slug of ['hanoi', 'mst']) {
      const articles = await cms.strapi.documents('api::article.article').findMany({ filters: { body: { slug } }, status: 'published', locale: 'vi' });
      expect(articles.length).toBeGreaterThanOrEqual(12);
      expect(articles[0].title.normalize('NFC')).toBe(articles[0].title);
    }
  });
});
