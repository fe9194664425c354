import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast } from '../../packages/snapshot/src/colour.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { accountFor, TEST_PASSWORD } from '../support/accounts.ts';
import type { AdminSession } from '../support/admin-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';

// An article's share kit against a real CMS: the texts within each network's length, the short link, the
// pictures in the sizes each network wants (decoded, measured for contrast), posting to a body's Facebook
// page and Zalo Official Account through a local fake of their APIs (the real endpoints cannot be reached
// from here), and each body's kit and posting its own. On SQLite, the panel as a publisher uses it in Chromium.
const ARTICLE = 'api::article.article';
const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const SIZES = { square: [1080, 1080], landscape: [1200, 628], story: [1080, 1920] } as const;

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Graph API's page feed and Zalo's article API as far as column57 uses them, answering as they document. */
async function startFakeNetworks(tokens: { facebook: string; zalo: string }) {
  const received: Received[] = [];
  let zaloCover: { status: number; type: string; bytes: number } | null = null;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ path: request.url ?? '', headers: request.headers, body });
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const feed = /^\/v25\.0\/([^/]+)\/feed$/.exec(request.url ?? '');
    if (request.method === 'POST' && feed) {
      const form = new URLSearchParams(body);
      if (form.get('access_token') !== tokens.facebook)
        return json(400, { error: { message: 'Error validating access token: Session has expired', type: 'OAuthException', code: 190 } });
      return json(200, { id: `${feed[1]}_${received.length}` });
    }
    if (request.method === 'POST' && request.url === '/v2.0/article/create') {
      if (request.headers.access_token !== tokens.zalo) return json(200, { error: -216, message: 'Access token is invalid' });
      // Zalo fetches the cover itself: so does the fake, as Zalo would, from the address it was given.
      const cover = await fetch(JSON.parse(body).cover.photo_url);
      zaloCover = { status: cover.status, type: cover.headers.get('content-type') ?? '', bytes: (await cover.arrayBuffer()).byteLength };
      return json(200, { error: 0, message: 'Success', data: { token: `zalo-${received.length}` } });
    }
    json(404, { error: { message: 'unknown endpoint' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, zaloCover: () => zaloCover, stop: () => new Promise((r) => server.close(r)) };
}

/**
 * The contrast a reader sees: in the lower part of the picture (where the title and the body's name are), the
 * most common colour is the background, and the most common colour far from it is the text.
 */
async function measuredContrast(jpeg: Buffer): Promise<number> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const counts = new Map<number, number>();
  // Below the artwork and above the decoration's stripe (the lowest 4%), whose colour is not the text's.
  const from = Math.floor(info.height * 0.62) * info.width * info.channels;
  const to = Math.floor(info.height * 0.94) * info.width * info.channels;
  for (let i = from; i < to; i += info.channels) {
    const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  const rgb = (key: number) => [(key >> 10) & 31, (key >> 5) & 31, key & 31].map((v) => v * 8 + 4);
  const distance = (a: number, b: number) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]));
  const background = ranked[0];
  const text = ranked.find((key) => distance(key, background) > 150);
  expect(text, 'a text colour in the picture').toBeDefined();
  // Each colour as the mean of the pixels in its bin, not the bin's centre (that would be off by up to 4 levels).
  const mean = (bin: number) => {
    const sum = [0, 0, 0];
    let n = 0;
    for (let i = from; i < to; i += info.channels) {
      if ((((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3)) !== bin) continue;
      for (let c = 0; c < 3; c++) sum[c] += data[i + c];
      n++;
    }
    return `#${sum
      .map((v) =>
        Math.round(v / n)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  };
  return contrast(mean(background), mean(text!));
}

describe.each(DATABASES)('share kits and posting to social networks (%s)', (database) => {
  let cms: RunningCms;
  let fake: Awaited<ReturnType<typeof startFakeNetworks>>;
  let dir: string;
  let hanoiPublisher: AdminSession, hanoiEditor: AdminSession, mstPublisher: AdminSession;
  let hanoiArticle: { documentId: string; title: string; slug: string };
  let mstArticle: string;
  const kitOf = (session: AdminSession, documentId: string, locale = 'vi') =>
    session.get(`/column57/share-kit/${documentId}?locale=${locale}`);
  const postTo = (session: AdminSession, documentId: string, network: string, again = false) =>
    session.post(`/column57/share-kit/${documentId}/post`, { network, locale: 'vi', again });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-share-kit-'));
    fake = await startFakeNetworks({ facebook: 'trang-ha-noi', zalo: 'oa-ha-noi' });
    const accounts = join(dir, 'accounts.json');
    // Hanoi has both networks; MST has none (posting is off unless configured).
    writeFileSync(
      accounts,
      JSON.stringify({ hanoi: { facebook: { pageId: '1000571', accessToken: 'trang-ha-noi' }, zalo: { accessToken: 'oa-ha-noi' } } }),
    );
    cms = await startCms({
      database,
      seedBodies: ['hanoi', 'mst'],
      serveAdminPanel: database === 'sqlite',
      env: {
        CRON_ENABLED: 'false',
        COLUMN57_SOCIAL_ACCOUNTS: accounts,
        COLUMN57_FACEBOOK_GRAPH_URL: `${fake.url}/v25.0`,
        COLUMN57_ZALO_OPENAPI_URL: fake.url,
        COLUMN57_SHARE_KIT_CACHE: join(dir, 'cache'),
      },
    });
    [hanoiPublisher, hanoiEditor, mstPublisher] = await Promise.all([
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@mst.test', 'body-publisher', 'mst'),
    ]);
    const publishedOf = async (slug: string) => {
      const body = await cms.strapi.db.query('api::body.body').findOne({ where: { slug } });
      return cms.strapi.db.query(ARTICLE).findOne({
        where: {
          body: { id: body.id },
          locale: 'vi',
          publishedAt: { $notNull: true },
          cover: { id: { $notNull: true } },
          topics: { id: { $notNull: true } },
        },
        orderBy: { id: 'asc' },
      });
    };
    hanoiArticle = await publishedOf('hanoi');
    mstArticle = (await publishedOf('mst')).documentId;
  });
  afterAll(async () => {
    await cms?.stop();
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the texts to copy: each within its network, with the short link and the topics as hashtags', async () => {
    const { status, body } = await kitOf(hanoiEditor, hanoiArticle.documentId);
    expect(status).toBe(200);
    const kit = body.data;
    expect(kit.shortUrl).toBe(`${cms.url}/l/${hanoiArticle.documentId.slice(0, 10)}`);
    expect(kit.facebook.text.startsWith(`${hanoiArticle.title}\n\n`)).toBe(true);
    expect(kit.facebook.text).toContain(`Đọc tiếp: ${kit.shortUrl}`);
    for (const tag of kit.hashtags) expect(kit.facebook.text).toContain(tag);
    expect(kit.hashtags).toContain('#NghịQuyết57');
    // One hashtag per topic of the article (the seed gives it at least one), and the programme's.
    const { topics } = await cms.strapi.db.query(ARTICLE).findOne({
      where: { documentId: hanoiArticle.documentId, locale: 'vi', publishedAt: { $notNull: true } },
      populate: { topics: true },
    });
    expect(kit.hashtags.length).toBe(Math.min(5, topics.length + 1));
    expect([...kit.facebook.text].length).toBeLessThanOrEqual(kit.facebook.limit);
    expect([...kit.zalo.title].length).toBeLessThanOrEqual(150);
    expect([...kit.zalo.description].length).toBeLessThanOrEqual(300);
    expect(kit.zalo.description).toContain(kit.shortUrl);
    expect(kit.url).toMatch(new RegExp(`/bai-viet/${hanoiArticle.slug}/$`));
    // An editor copies the kit; posting is the publishers'.
    expect(kit.canPost).toBe(false);
    expect(kit.networks.map((n: any) => [n.id, n.connected])).toEqual([
      ['facebook', true],
      ['zalo', true],
    ]);
  });

  it('the short link leads to the page; an unknown or unpublished one says so in Vietnamese', async () => {
    const { body } = await kitOf(hanoiEditor, hanoiArticle.documentId);
    const response = await fetch(body.data.shortUrl, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(body.data.url);
    const unknown = await fetch(`${cms.url}/l/zzzzzzzzzz`, { redirect: 'manual' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Không tìm thấy bài');
    const draft = await cms.strapi.documents(ARTICLE).create({
      locale: 'vi',
      data: { title: 'Bản nháp chưa đăng về đổi mới sáng tạo', slug: 'ban-nhap-chua-dang', body: (await kitBody()).documentId } as any,
    });
    expect((await fetch(`${cms.url}/l/${draft.documentId.slice(0, 10)}`, { redirect: 'manual' })).status).toBe(404);
    expect((await kitOf(hanoiEditor, draft.documentId)).status).toBe(404);
  });
  const kitBody = () => cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });

  it('draws the pictures in the sizes each network wants, readable in the body’s colours', async () => {
    // A body whose chosen colour is too pale for white text still gets readable pictures (its palette darkens it).
    await cms.strapi.db.query('api::body.body').update({ where: { slug: 'mst' }, data: { primaryColor: '#ffe14d' } });
    for (const [documentId, session] of [
      [hanoiArticle.documentId, hanoiEditor],
      [mstArticle, mstPublisher],
    ] as const) {
      const { body } = await kitOf(session, documentId);
      expect(body.data.pictures.map((p: any) => p.name)).toEqual(['square', 'landscape', 'story']);
      for (const picture of body.data.pictures) {
        const response = await fetch(picture.url);
        expect(response.status, picture.url).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/jpeg');
        const jpeg = Buffer.from(await response.arrayBuffer());
        const meta = await sharp(jpeg).metadata();
        expect([meta.width, meta.height]).toEqual(SIZES[picture.name as keyof typeof SIZES]);
        // Zalo takes covers up to 1 MB.
        expect(jpeg.byteLength).toBeLessThan(1_000_000);
        // The palette holds 4.5:1 exactly; JPEG moves colours by a level or two, so the picture is measured with that margin.
        expect(contrast(body.data.palette.brand, body.data.palette.onBrand)).toBeGreaterThanOrEqual(4.5);
        expect(await measuredContrast(jpeg), `${documentId} ${picture.name}`).toBeGreaterThanOrEqual(4.4);
      }
    }
    const unknown = await fetch(`${cms.url}/api/column57/share-kit/${hanoiArticle.documentId.slice(0, 10)}/poster.jpg`);
    expect(unknown.status).toBe(404);
  });

  it('posts to the body’s Facebook page and Zalo account, once unless asked again, and logs who did', async () => {
    const posted = await postTo(hanoiPublisher, hanoiArticle.documentId, 'facebook');
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    const kit = (await kitOf(hanoiPublisher, hanoiArticle.documentId)).body.data;
    const sent = fake.received.filter((r) => r.path === '/v25.0/1000571/feed');
    expect(sent).toHaveLength(1);
    const form = new URLSearchParams(sent[0].body);
    expect(form.get('message')).toBe(kit.facebook.text);
    expect(form.get('link')).toBe(kit.url);
    expect(kit.posts.map((p: any) => [p.network, p.postId])).toEqual([['facebook', posted.body.data.postId]]);

    const twice = await postTo(hanoiPublisher, hanoiArticle.documentId, 'facebook');
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/^bài đã được đăng lên Facebook lúc .+ \/ the article was posted/);
    expect((await postTo(hanoiPublisher, hanoiArticle.documentId, 'facebook', true)).status).toBe(200);

    const zalo = await postTo(hanoiPublisher, hanoiArticle.documentId, 'zalo');
    expect(zalo.status, JSON.stringify(zalo.body)).toBe(200);
    const article = JSON.parse(fake.received.find((r) => r.path === '/v2.0/article/create')!.body);
    expect(article.title).toBe(kit.zalo.title);
    expect(article.description).toBe(kit.zalo.description);
    expect(article.cover.photo_url).toBe(kit.pictures.find((p: any) => p.name === 'landscape').url);
    expect(fake.zaloCover()).toEqual({ status: 200, type: 'image/jpeg', bytes: expect.any(Number) });

    const log = await cms.strapi.db.connection('column57_audit_log').where({ action: 'share', document_id: hanoiArticle.documentId });
    expect(log.map((e: any) => e.user_email)).toEqual(['duyet@hanoi.test', 'duyet@hanoi.test', 'duyet@hanoi.test']);
  });

  it('keeps each body’s kit and pages its own, and says what is missing', async () => {
    // Another body's publisher: the article is as good as absent.
    expect((await kitOf(mstPublisher, hanoiArticle.documentId)).status).toBe(404);
    expect((await postTo(mstPublisher, hanoiArticle.documentId, 'facebook', true)).status).toBe(404);
    // The body's editor reads the kit but does not post.
    const editor = await postTo(hanoiEditor, hanoiArticle.documentId, 'zalo', true);
    expect(editor.status).toBe(403);
    expect(editor.body.error.message).toMatch(/^chỉ người duyệt đăng của cơ quan/);
    // A body with no account configured: named, with where to configure it.
    const off = await postTo(mstPublisher, mstArticle, 'facebook');
    expect(off.status).toBe(400);
    expect(off.body.error.message).toContain('cơ quan chưa kết nối Facebook');
    expect(off.body.error.message).toContain('COLUMN57_SOCIAL_ACCOUNTS');
    const unknown = await postTo(hanoiPublisher, hanoiArticle.documentId, 'myspace');
    expect(unknown.body.error.message).toMatch(/^trường "network": "myspace" không có/);
  });

  it('passes on the network’s refusal (an expired token) and records nothing', async () => {
    const before = fake.received.length;
    const accounts = process.env.COLUMN57_SOCIAL_ACCOUNTS!;
    writeFileSync(accounts, JSON.stringify({ hanoi: { facebook: { pageId: '1000571', accessToken: 'het-han' } } }));
    const refused = await postTo(hanoiPublisher, hanoiArticle.documentId, 'facebook', true);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('Facebook không nhận bài: Error validating access token');
    expect(fake.received.length).toBe(before + 1);
    const log = await cms.strapi.db.connection('column57_audit_log').where({ action: 'share', document_id: hanoiArticle.documentId });
    expect(log).toHaveLength(3);
    writeFileSync(
      accounts,
      JSON.stringify({ hanoi: { facebook: { pageId: '1000571', accessToken: 'trang-ha-noi' }, zalo: { accessToken: 'oa-ha-noi' } } }),
    );
  });

  it.runIf(database === 'sqlite')(
    'the panel in the article’s edit view, as a publisher uses it',
    async () => {
      const browser: Browser = await launchBrowser();
      try {
        const page = await (await browser.newContext({ viewport: { width: 1440, height: 1400 }, locale: 'vi-VN' })).newPage();
        page.setDefaultTimeout(60_000);
        await page.goto(`${cms.url}/admin/auth/login`);
        await page.waitForSelector('input[name="email"]', { timeout: 120_000 });
        await page.fill('input[name="email"]', 'duyet@hanoi.test');
        await page.fill('input[name="password"]', TEST_PASSWORD);
        await page.click('button[type="submit"]');
        await page.waitForURL((url) => !url.pathname.includes('/auth/'));
        await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${hanoiArticle.documentId}?plugins[i18n][locale]=vi`);
        await page.getByText('Chia sẻ lên mạng xã hội').first().waitFor();
        const facebookText = page.getByLabel('Bài đăng Facebook');
        await facebookText.waitFor();
        expect(await facebookText.inputValue()).toContain('#NghịQuyết57');
        // Every picture loads (each is drawn on its first request).
        await page.waitForFunction(() => {
          const pictures = [...document.querySelectorAll<HTMLImageElement>('img[src*="/share-kit/"]')];
          return pictures.length === 3 && pictures.every((img) => img.complete && img.naturalWidth > 0);
        });
        await page
          .getByText(/Đã đăng lên Facebook lúc/)
          .first()
          .waitFor();
        const before = fake.received.length;
        page.on('dialog', (dialog) => void dialog.accept());
        await page.getByRole('button', { name: 'Đăng lại lên Zalo' }).click();
        await expect.poll(() => fake.received.length).toBe(before + 1);
        mkdirSync(SCREENSHOTS, { recursive: true });
        const panel = page.locator('aside, [role="complementary"]').filter({ hasText: 'Chia sẻ lên mạng xã hội' }).first();
        await ((await panel.count()) ? panel : page).screenshot({ path: join(SCREENSHOTS, 'share-kit-panel.png') });
      } finally {
        await browser.close();
      }
    },
    300_000,
  );
});
