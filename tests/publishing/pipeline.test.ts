import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { BuildService, listen, PreviewRenderer, WebSubHub } from '../../packages/publisher/src/index.ts';
import { liveRelease } from '../../packages/builder/src/releases.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { ephemeralSecrets } from '../../scripts/lib/secrets.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { statusPage } from '../../packages/publisher/src/status-page.ts';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM } from '../support/admin-api.ts';
import { type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';
import { freePort, waitFor } from '../support/wait.ts';
import { type MailCatcher, startMailCatcher } from '../../scripts/lib/mail-catcher.ts';
import { launchBrowser } from '../support/browser.ts';
import { mailEnv } from '../support/mail.ts';

// Six columns are enough to see one change stay in its column and a national one reach them all.
const BODIES = ['hanoi', 'caobang', 'danang', 'haiphong', 'hue', 'mst'];
const SECRET = 'khoa-bi-mat-thu-nghiem-57';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url'].includes(name) });

let dir: string,
  out: string,
  cms: RunningCms,
  service: BuildService,
  hooks: { url: string; close(): Promise<void> },
  websub: WebSubHub,
  websubUrl: string,
  site: { url: string; close(): Promise<void> },
  catcher: MailCatcher;
let cmsPort: number;
/** What the build service said, in order. */
const serviceLog: string[] = [];
// Kept across the restart, as an installation keeps its cms/.env: the API token stays valid.
const installation = ephemeralSecrets();

const cmsEnv = (hookPort: number) => ({
  ...installation,
  PORT: String(cmsPort),
  COLUMN57_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/hooks/cms`,
  COLUMN57_BUILD_HOOK_SECRET: SECRET,
  COLUMN57_TOKEN_FILE: join(dir, 'generator-token'),
  COLUMN57_SCHEDULE_RULE: '*/1 * * * * *',
  // Subscribers' mail goes to the catcher; the cycle runs every second, and sends as soon as an item is out.
  ...mailEnv(catcher),
  COLUMN57_SUBSCRIPTION_RULE: '*/1 * * * * *',
  COLUMN57_SUBSCRIPTION_DELAY_MS: '0',
});
const get = async (path: string) => {
  const response = await fetch(`${site.url}${path}`);
  const text = await response.text();
  return { status: response.status, text: response.status === 200 ? text : '' };
};
const live = async (path: string) => (await get(path)).status === 200;
const gone = async (path: string) => (await get(path)).status === 404;
const article = (title: string, slug: string) => ({
  title,
  slug,
  summary: `Tóm tắt: ${title}.`,
  content: `## ${title}\n\nNội dung bài viết về chuyển đổi số, đổi mới sáng tạo.`,
  publishDate: '2026-11-22',
  channel: 'portal',
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'column57-pipeline-'));
  out = join(dir, 'out');
  catcher = await startMailCatcher({ dir: join(dir, 'mail') });
  cmsPort = await freePort();
  const hookPort = await freePort();
  cms = await startCms({ seedBodies: BODIES, sqliteFile: join(dir, 'cms.db'), env: cmsEnv(hookPort) });
  websubUrl = `http://127.0.0.1:${hookPort}/websub`;
  websub = new WebSubHub({ outDir: out, storeFile: join(dir, 'websub.json'), hubUrl: websubUrl, retryDelaysMs: [200, 500] });
  service = new BuildService({
    cms: { url: cms.url, token: readFileSync(join(dir, 'generator-token'), 'utf8').trim() },
    snapshotDir: join(dir, 'snapshot'),
    cacheDir: join(dir, 'cache'),
    statusFile: join(dir, 'status.json'),
    outDir: out,
    only: BODIES,
    debounceMs: 200,
    // The hub's national index, left for later by a publish's job, is made a second after it.
    nationalSearchDelayMs: 1000,
    websubHub: websubUrl,
    subscriptionsUrl: cms.url,
    // Hà Nội's column is also copied to a folder, as a portal's web root would take it.
    deploy: { hanoi: [{ type: 'folder', path: join(dir, 'www', '{slug}') }] },
    log: (m) => {
      serviceLog.push(m);
      if (process.env.COLUMN57_TEST_LOG) console.error(m);
    },
  });
  const preview = new PreviewRenderer({
    cms: { url: cms.url, token: readFileSync(join(dir, 'generator-token'), 'utf8').trim() },
    secret: SECRET,
    workDir: join(dir, 'preview'),
    cacheDir: join(dir, 'cache'),
  });
  hooks = await listen(service, { port: hookPort, secret: SECRET, preview, websub });
  site = await serveStatic({ '/': out });
  service.notify('all', 'khởi động / start');
  await service.idle();
}, 300_000);

afterAll(async () => {
  await hooks?.close();
  await websub?.close();
  await site?.close();
  await service?.close();
  await cms?.stop();
  await catcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('publishing pipeline', () => {
  it('puts a published article on its page, lists, feeds and sitemap within seconds, and takes it off when unpublished', async () => {
    const publisher = await accountFor(cms, 'xuatban.hanoi@pipeline.test', 'body-publisher', 'hanoi');
    const caobangBefore = liveRelease(out, 'caobang');
    // The hub's national index: Hanoi's shard (the city with its communes) is the one a publish there changes.
    const nationalEntry = () => readFileSync(join(out, 'pagefind', 'hanoi', 'pagefind-entry.json'), 'utf8');
    const nationalBefore = nationalEntry();
    // The snapshot's pictures (the bodies' emblems in the manifest, the other bodies' pictures), by inode.
    const mediaDir = join(dir, 'snapshot', 'media');
    const mediaBefore = new Map(readdirSync(mediaDir).map((file) => [file, statSync(join(mediaDir, file)).ino]));
    const created = await publisher.post(
      `${CM}/${ARTICLE}?locale=vi`,
      article('Hà Nội mở trung tâm đổi mới sáng tạo số cho doanh nghiệp', 'trung-tam-doi-moi-sang-tao-so'),
    );
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    await submitForReview(publisher, ARTICLE, id);
    const clicked = Date.now();
    expect((await publisher.post(`${CM}/${ARTICLE}/${id}/actions/publish?locale=vi`, {})).status).toBe(200);
    await waitFor('the article page to be served', () => live('/hanoi/bai-viet/trung-tam-doi-moi-sang-tao-so/'));
    console.log(`publish-to-live: ${((Date.now() - clicked) / 1000).toFixed(1)} s`);
    // The deploy folder has the page once the column is live, before the job's search index is made; the
    // copy made when the job is complete carries the new index.
    const deployed = join(dir, 'www', 'hanoi');
    await waitFor('the page in the deploy folder', () =>
      existsSync(join(deployed, 'bai-viet', 'trung-tam-doi-moi-sang-tao-so', 'index.html')),
    );
    await service.idle();
    // The job fetched Hanoi's content and the manifest, and downloaded no picture it already had.
    expect(mediaBefore.size).toBeGreaterThan(BODIES.length);
    for (const [file, ino] of mediaBefore) expect(statSync(join(mediaDir, file), { throwIfNoEntry: false })?.ino, file).toBe(ino);
    const job = serviceLog.slice(serviceLog.findLastIndex((m) => m.startsWith('▶')));
    const copies = job.filter((m) => m.startsWith('⇪ hanoi'));
    expect(copies).toHaveLength(2);
    expect(copies[0]).toContain('(bản khi vừa trực tuyến');
    expect(readFileSync(join(deployed, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(
      readFileSync(join(out, 'hanoi', 'pagefind', 'pagefind-entry.json'), 'utf8'),
    );
    // The job did not make the hub's national index: it is due, says the status page, and made apart from it.
    expect(job.some((m) => m.includes('dựng lại sau, không giữ chân chuyên mục nào'))).toBe(true);
    expect(service.status.status.nationalSearch.state).not.toBe('current');
    expect(statusPage(service.status.status)).toMatch(
      /Tìm kiếm toàn quốc <span lang="en">\/ national search<\/span>: (sẽ dựng lại lúc|đang)/,
    );
    await waitFor('the national search index made again', () => service.status.status.nationalSearch.state === 'current');
    expect(nationalEntry()).not.toBe(nationalBefore);
    expect(service.status.status.nationalSearch.pages).toBeGreaterThan(0);
    expect(statusPage(service.status.status)).toContain('national search</span>: đã cập nhật / up to date');

    const title = 'Hà Nội mở trung tâm đổi mới sáng tạo số cho doanh nghiệp';
    expect((await get('/hanoi/')).text).toContain(title);
    expect((await get('/hanoi/bai-viet/')).text).toContain(title);
    const rss = xml.parse((await get('/hanoi/rss.xml')).text);
    expect(rss.rss.channel.item.map((i: any) => i.title)).toContain(title);
    const feed = JSON.parse((await get('/hanoi/feed.json')).text);
    expect(feed.items.map((i: any) => i.title)).toContain(title);
    const sitemap = xml.parse((await get('/hanoi/sitemap.xml')).text);
    expect(sitemap.urlset.url.some((u: any) => String(u.loc).includes('/bai-viet/trung-tam-doi-moi-sang-tao-so/'))).toBe(true);
    // Only the body that published was rebuilt.
    expect(liveRelease(out, 'caobang')).toBe(caobangBefore);

    expect((await publisher.post(`${CM}/${ARTICLE}/${id}/actions/unpublish?locale=vi`, {})).status).toBe(200);
    await waitFor('the article page to be gone', () => gone('/hanoi/bai-viet/trung-tam-doi-moi-sang-tao-so/'));
    expect((await get('/hanoi/')).text).not.toContain(title);
    expect((await get('/hanoi/bai-viet/')).text).not.toContain(title);
    expect((await get('/hanoi/rss.xml')).text).not.toContain(title);
    expect((await get('/hanoi/feed.json')).text).not.toContain(title);
    expect((await get('/hanoi/sitemap.xml')).text).not.toContain('trung-tam-doi-moi-sang-tao-so');
  }, 180_000);

  it('pushes a changed feed to a WebSub subscriber on loopback, signed, once it has confirmed, and stops when it leaves', async () => {
    // A feed reader's callback: it confirms what it asked for and keeps what the hub sends.
    const confirmations: URLSearchParams[] = [];
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const reader = createServer((req, res) => {
      const query = new URL(req.url!, 'http://x').searchParams;
      if (req.method === 'GET') {
        confirmations.push(query);
        return res.writeHead(200, { 'Content-Type': 'text/plain' }).end(query.get('hub.challenge'));
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => reader.listen(0, '127.0.0.1', resolve));
    const callback = `http://127.0.0.1:${(reader.address() as { port: number }).port}/ban-doc/hanoi`;
    const hub = (form: Record<string, string>) => fetch(websubUrl, { method: 'POST', body: new URLSearchParams(form) });
    try {
      // Every feed names the hub and itself.
      const rss = (await get('/hanoi/rss.xml')).text;
      const self = /<atom:link href="([^"]+)" rel="self"/.exec(rss)![1];
      expect(rss).toContain(`<atom:link href="${websubUrl}" rel="hub"/>`);
      expect(JSON.parse((await get('/hanoi/feed.json')).text).hubs).toEqual([{ type: 'WebSub', url: websubUrl }]);
      expect((await get('/rss.xml')).text).toContain(`rel="hub"`);

      // Refused, naming the parameter: a feed that is not a column's (no open relay), a callback that is not http(s).
      const foreign = await hub({ 'hub.mode': 'subscribe', 'hub.topic': 'https://example.org/feed.xml', 'hub.callback': callback });
      expect(foreign.status).toBe(400);
      expect(await foreign.text()).toMatch(/^hub\.topic .*không phải là nguồn tin.* \/ hub\.topic .*is not a feed/);
      const ftp = await hub({ 'hub.mode': 'subscribe', 'hub.topic': self, 'hub.callback': 'ftp://127.0.0.1/x' });
      expect(ftp.status).toBe(400);
      expect(await ftp.text()).toContain('hub.callback');

      const secret = 'bí-mật-của-bạn-đọc';
      expect((await hub({ 'hub.mode': 'subscribe', 'hub.topic': self, 'hub.callback': callback, 'hub.secret': secret })).status).toBe(202);
      await waitFor('the subscription to be confirmed', () => websub.subscribers.some((s) => s.callback === callback));
      expect(confirmations[0].get('hub.mode')).toBe('subscribe');
      expect(confirmations[0].get('hub.topic')).toBe(self);
      // Kept for a restart.
      expect(
        new WebSubHub({ outDir: out, storeFile: join(dir, 'websub.json'), hubUrl: websubUrl }).subscribers.map((s) => s.topic),
      ).toEqual([self]);

      const publisher = await accountFor(cms, 'xuatban.websub@pipeline.test', 'body-publisher', 'hanoi');
      const title = 'Hà Nội đưa trợ lý số vào một cửa cấp xã';
      const created = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, article(title, 'tro-ly-so-mot-cua-cap-xa'));
      const id = created.body.data.documentId;
      await submitForReview(publisher, ARTICLE, id);
      expect((await publisher.post(`${CM}/${ARTICLE}/${id}/actions/publish?locale=vi`, {})).status).toBe(200);
      await waitFor('the hub to send the changed feed', () => received.some((r) => r.body.includes(title)));
      const sent = received.find((r) => r.body.includes(title))!;
      expect(sent.body).toBe((await get('/hanoi/rss.xml')).text);
      expect(sent.headers['content-type']).toMatch(/^application\/rss\+xml/);
      expect(sent.headers.link).toBe(`<${websubUrl}>; rel="hub", <${self}>; rel="self"`);
      expect(sent.headers['x-hub-signature']).toBe(`sha256=${createHmac('sha256', secret).update(sent.body).digest('hex')}`);
      expect(xml.parse(sent.body).rss.channel.item[0].title).toBe(title);

      expect((await hub({ 'hub.mode': 'unsubscribe', 'hub.topic': self, 'hub.callback': callback })).status).toBe(202);
      await waitFor('the unsubscription to be confirmed', () => !websub.subscribers.some((s) => s.callback === callback));
      expect(confirmations.at(-1)!.get('hub.mode')).toBe('unsubscribe');
      const before = received.length;
      expect((await publisher.post(`${CM}/${ARTICLE}/${id}/actions/unpublish?locale=vi`, {})).status).toBe(200);
      await waitFor('the article page to be gone', () => gone('/hanoi/bai-viet/tro-ly-so-mot-cua-cap-xa/'));
      await service.idle();
      expect(received.length).toBe(before);
    } finally {
      await new Promise((resolve) => reader.close(resolve));
    }
  }, 180_000);

  it('a reader subscribes on the column in Chromium, confirms from the mail, gets the next article, and leaves in one click', async () => {
    const reader = 'ban.doc.ha-noi@vi-du.vn';
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${site.url}/hanoi/dang-ky-nhan-tin/`);
      // At 360 px the form fits: nothing to scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.getByLabel('Địa chỉ thư điện tử').fill(reader);
      await page.getByLabel('Mọi tin của chuyên mục').check();
      await page.getByLabel('Ngay khi đăng').check();
      await page.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
      await page.getByRole('heading', { name: 'Hãy kiểm tra hộp thư' }).waitFor();
      const [confirmation] = await catcher.waitFor((m) => m.to.includes(reader) && m.subject.startsWith('Xác nhận đăng ký'));
      await page.goto(confirmation.text.match(/https?:\/\/\S+\/confirm\?token=[\w-]+/)![0]);
      await page.getByRole('heading', { name: 'Đã xác nhận đăng ký' }).waitFor();

      const publisher = await accountFor(cms, 'xuatban.tin@pipeline.test', 'body-publisher', 'hanoi');
      const title = 'Hà Nội khai trương sàn giao dịch công nghệ Thủ đô';
      const created = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, article(title, 'san-giao-dich-cong-nghe-thu-do'));
      expect(created.status).toBe(201);
      await submitForReview(publisher, ARTICLE, created.body.data.documentId);
      expect((await publisher.post(`${CM}/${ARTICLE}/${created.body.data.documentId}/actions/publish?locale=vi`, {})).status).toBe(200);
      const [news] = await catcher.waitFor((m) => m.to.includes(reader) && m.subject.includes(title), 1, 60_000);
      // The mail links to the article's page in the column, which is live.
      const articleUrl = news.text.match(/https?:\/\/\S+\/bai-viet\/san-giao-dich-cong-nghe-thu-do\//)![0];
      expect(articleUrl).toContain('/bai-viet/san-giao-dich-cong-nghe-thu-do/');
      await waitFor('the article page to be served', () => live('/hanoi/bai-viet/san-giao-dich-cong-nghe-thu-do/'));
      // The mail as Gmail's app shows it: 360 px wide, nothing to scroll sideways, the title a link.
      await page.setContent(news.html);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await page.getByRole('link', { name: title }).getAttribute('href')).toBe(articleUrl);
      // Unsubscribing: the link in the mail opens a page with one button.
      await page.goto(news.text.match(/https?:\/\/\S+\/unsubscribe\?token=[\w-]+/)![0]);
      await page.getByRole('button', { name: 'Hủy đăng ký' }).click();
      await page.getByRole('heading', { name: 'Đã hủy đăng ký' }).waitFor();
      expect(await cms.strapi.db.query('api::subscription.subscription').findMany({ where: { email: reader } })).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('keeps the last good column when a build fails, and says why on the status page', async () => {
    const before = liveRelease(out, 'caobang');
    const home = (await get('/caobang/')).text;
    // Content the CMS's own checks would refuse, written straight into the database.
    const victim = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { body: { slug: 'caobang' }, publishedAt: { $notNull: true }, locale: 'vi' } });
    await cms.strapi.db.query(ARTICLE).update({ where: { id: victim.id }, data: { slug: 'Không Hợp Lệ' } });
    const refused = await fetch(`${hooks.url}/hooks/cms`, {
      method: 'POST',
      body: JSON.stringify({ source: 'column57-cms', action: 'update', bodies: ['caobang'] }),
    });
    expect(refused.status).toBe(401);
    const accepted = await fetch(`${hooks.url}/hooks/cms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}` },
      body: JSON.stringify({ source: 'column57-cms', action: 'update', uid: ARTICLE, bodies: ['caobang'] }),
    });
    expect(accepted.status).toBe(202);

    const status = await waitFor('the failure on the status JSON', async () => {
      const json = await (await fetch(`${hooks.url}/status.json`)).json();
      return json.bodies.caobang?.result === 'failed' ? json : null;
    });
    expect(status.bodies.caobang.error).toMatch(/slug/);
    expect(status.bodies.caobang.live.release).toBe(before);
    const page = await (await fetch(`${hooks.url}/status`)).text();
    expect(page).toContain('Lỗi');
    expect(page).toContain('caobang');
    expect(liveRelease(out, 'caobang')).toBe(before);
    expect((await get('/caobang/')).text).toBe(home);
    // Editors of one body see their own column's status only.
    const own = await (await fetch(`${hooks.url}/status.json?body=caobang`)).json();
    expect(Object.keys(own.bodies)).toEqual(['caobang']);
    // In the admin panel, through the CMS: a body's editors see their own column, the administrator all.
    const caobangEditor = await accountFor(cms, 'bientap.caobang@pipeline.test', 'body-editor', 'caobang');
    const seen = await caobangEditor.get('/column57/build-status');
    expect(seen.status).toBe(200);
    expect(Object.keys(seen.body.bodies)).toEqual(['caobang']);
    expect(seen.body.bodies.caobang.result).toBe('failed');
    const hanoiEditor = await accountFor(cms, 'bientap.hanoi@pipeline.test', 'body-editor', 'hanoi');
    expect(Object.keys((await hanoiEditor.get('/column57/build-status')).body.bodies)).toEqual(['hanoi']);
    const administrator = await accountFor(cms, 'quantri@pipeline.test', 'administrator');
    expect(Object.keys((await administrator.get('/column57/build-status')).body.bodies).sort()).toEqual([...BODIES].sort());

    await cms.strapi.db.query(ARTICLE).update({ where: { id: victim.id }, data: { slug: victim.slug } });
    service.notify(new Set(['caobang']), 'sửa lỗi / fixed');
    await service.idle();
    expect(service.status.status.bodies.caobang.result).toBe('built');
  }, 180_000);

  it('lands five bodies publishing at once, and a national document in every column', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const five = BODIES.slice(0, 5);
    const bodyIds = Object.fromEntries(
      await Promise.all(
        five.map(async (slug) => [slug, (await cms.strapi.db.query('api::body.body').findOne({ where: { slug } })).documentId]),
      ),
    );
    const jobsBefore = service.status.status.jobs[0]?.id ?? 0;
    await Promise.all(
      five.map(async (slug) => {
        const created = await docs.create({
          data: { ...article(`Bản tin chuyển đổi số cùng lúc của ${slug}`, `ban-tin-cung-luc-${slug}`), body: bodyIds[slug] },
          locale: 'vi',
        } as any);
        await docs.publish({ documentId: created.documentId, locale: 'vi' } as any);
      }),
    );
    for (const slug of five) await waitFor(`${slug}'s article`, () => live(`/${slug}/bai-viet/ban-tin-cung-luc-${slug}/`));
    // The burst became few builds, not one per publish.
    expect((service.status.status.jobs[0]?.id ?? 0) - jobsBefore).toBeLessThanOrEqual(3);

    const national = await cms.strapi.documents('api::resolution-document.resolution-document').create({
      data: {
        number: '99/2026/NQ-CP',
        title: 'Nghị quyết thử nghiệm về dữ liệu mở quốc gia',
        slug: '99-2026-nq-cp',
        summary: 'Nghị quyết thử nghiệm.',
        docType: 'resolution',
        issuer: 'Chính phủ',
        issueDate: '2026-11-20',
        legalStatus: 'in-force',
        national: true,
      },
      locale: 'vi',
    } as any);
    await cms.strapi
      .documents('api::resolution-document.resolution-document')
      .publish({ documentId: national.documentId, locale: 'vi' } as any);
    for (const slug of BODIES) await waitFor(`the national document in ${slug}`, () => live(`/${slug}/van-ban/99-2026-nq-cp/`));
  }, 240_000);

  it('publishes and unpublishes on schedule, also when the CMS was down at the time', async () => {
    const docs = cms.strapi.documents(ARTICLE);
    const hanoi = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } })).documentId;
    // A publisher's "Duyệt": the scheduler publishes only what was reviewed (review.test.ts, schedule.test.ts).
    const approve = (documentId: string) =>
      cms.strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { reviewState: 'approved' } });
    const soon = new Date(Date.now() + 2_000).toISOString();
    const timed = await docs.create({
      data: { ...article('Hà Nội công bố bản đồ số hạ tầng đổi mới sáng tạo', 'ban-do-so-ha-tang'), body: hanoi, publishAt: soon },
      locale: 'vi',
    } as any);
    await approve(timed.documentId);
    expect(await gone('/hanoi/bai-viet/ban-do-so-ha-tang/')).toBe(true);
    await waitFor('the scheduled article', () => live('/hanoi/bai-viet/ban-do-so-ha-tang/'));

    // Unpublish-at and publish-at both fall while the CMS is stopped; its next start catches up.
    await docs.update({
      documentId: timed.documentId,
      locale: 'vi',
      data: { unpublishAt: new Date(Date.now() + 3_000).toISOString() },
    } as any);
    const later = await docs.create({
      data: {
        ...article('Hà Nội ra mắt ứng dụng công dân số phiên bản mới', 'cong-dan-so-phien-ban-moi'),
        body: hanoi,
        publishAt: new Date(Date.now() + 3_000).toISOString(),
      },
      locale: 'vi',
    } as any);
    expect(later.documentId).toBeTruthy();
    await approve(later.documentId);
    await cms.stop();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    cms = await startCms({ seedBodies: BODIES, sqliteFile: join(dir, 'cms.db'), env: cmsEnv(Number(new URL(hooks.url).port)) });
    await waitFor('the article published while the CMS was down', () => live('/hanoi/bai-viet/cong-dan-so-phien-ban-moi/'));
    await waitFor('the article unpublished while the CMS was down', () => gone('/hanoi/bai-viet/ban-do-so-ha-tang/'));
  }, 240_000);

  it('previews a draft in its column through Strapi Preview, for its own body only, never in the public column', async () => {
    const editor = await accountFor(cms, 'bientap2.hanoi@pipeline.test', 'body-editor', 'hanoi');
    const title = 'Bản nháp: Hà Nội thí điểm trợ lý ảo cho công chức phường';
    const draft = await editor.post(`${CM}/${ARTICLE}?locale=vi`, article(title, 'tro-ly-ao-cong-chuc'));
    expect(draft.status).toBe(201);
    const id = draft.body.data.documentId;
    const asked = await editor.get(`/content-manager/preview/url/${ARTICLE}?documentId=${id}&locale=vi&status=draft`);
    expect(asked.status).toBe(200);
    const link: string = asked.body.data.url;
    expect(link.startsWith(`${hooks.url}/preview/`)).toBe(true);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.url).toContain('/hanoi/bai-viet/tro-ly-ao-cong-chuc/');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain(title);
    expect(html).toContain('Bản xem trước, chưa xuất bản');
    // The draft is nowhere in the public column.
    expect(await gone('/hanoi/bai-viet/tro-ly-ao-cong-chuc/')).toBe(true);
    expect((await get('/hanoi/')).text).not.toContain(title);

    const forged = link.replace(/(.)\/$/, (_, c) => `${c === 'A' ? 'B' : 'A'}/`);
    expect((await fetch(forged)).status).toBe(403);
    const other = await accountFor(cms, 'bientap2.caobang@pipeline.test', 'body-editor', 'caobang');
    const refused = await other.get(`/content-manager/preview/url/${ARTICLE}?documentId=${id}&locale=vi&status=draft`);
    expect(refused.body?.data?.url).toBeUndefined();
  }, 120_000);

  it('refuses an unpublish time before the publish time, naming the field', async () => {
    const publisher = await accountFor(cms, 'xuatban2.hanoi@pipeline.test', 'body-publisher', 'hanoi');
    const refused = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, {
      ...article('Lịch sai', 'lich-sai'),
      publishAt: '2026-12-02T08:00:00.000Z',
      unpublishAt: '2026-12-01T08:00:00.000Z',
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/unpublishAt/);
    expect(JSON.stringify(refused.body)).toMatch(/Giờ hẹn gỡ/);
  });

  it('leaves every column whole when the build service is killed mid-build, and builds from the outbox what it did not hear', async () => {
    const port = await freePort();
    const cache = join(dir, 'killed-cache');
    const killedOut = join(dir, 'killed-out');
    const releases = join(dir, '.killed-out-releases');
    const args = [
      join(ROOT, 'packages', 'cli', 'src', 'main.ts'),
      'serve',
      '--port',
      String(port),
      '--out',
      killedOut,
      '--cache',
      cache,
      ...BODIES.flatMap((b) => ['--body', b]),
      '--cms',
      cms.url,
      '--token',
      readFileSync(join(dir, 'generator-token'), 'utf8').trim(),
      '--secret',
      SECRET,
      '--debounce',
      '0',
      // Named: a service that builds a few columns takes from the outbox only then (its workers build the same).
      '--worker',
      'pipeline-worker',
    ];
    const startService = () => spawn(process.execPath, args, { detached: true, stdio: 'ignore', env: { ...process.env } });
    const status = async () => (await fetch(`http://127.0.0.1:${port}/status.json`)).json();
    let child = startService();
    await waitFor(
      'the first build of the separate service',
      async () => {
        const s = await status();
        return s.state === 'idle' && BODIES.every((b) => s.bodies[b]?.result === 'built');
      },
      180_000,
    );
    const old = Object.fromEntries(BODIES.map((b) => [b, liveRelease(killedOut, b)]));

    const doc = cms.strapi.documents('api::resolution-document.resolution-document');
    const created = await doc.create({
      data: {
        number: '98/2026/NQ-CP',
        title: 'Nghị quyết thử nghiệm về hạ tầng số dùng chung',
        slug: '98-2026-nq-cp',
        summary: 'Thử nghiệm.',
        docType: 'resolution',
        issuer: 'Chính phủ',
        issueDate: '2026-11-21',
        legalStatus: 'in-force',
        national: true,
      },
      locale: 'vi',
    } as any);
    await doc.publish({ documentId: created.documentId, locale: 'vi' } as any);
    await fetch(`http://127.0.0.1:${port}/hooks/cms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}` },
      body: JSON.stringify({ source: 'column57-cms', action: 'publish', bodies: 'all' }),
    });
    // Killed (with its renderers) the moment the first column of the new build has gone live (its
    // link switched: a release folder can exist a moment before it is linked, which is still "old").
    await waitFor('a first new release live', () => BODIES.some((b) => liveRelease(killedOut, b) !== old[b]), 120_000, 20);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const states = BODIES.map((slug) => {
      const release = liveRelease(killedOut, slug);
      const column = join(killedOut, slug);
      const hasPage = existsSync(join(column, 'van-ban', '98-2026-nq-cp', 'index.html'));
      const inList = readFileSync(join(column, 'van-ban', 'index.html'), 'utf8').includes('Nghị quyết thử nghiệm về hạ tầng số dùng chung');
      const inFeed = readFileSync(join(column, 'van-ban', 'rss.xml'), 'utf8').includes('98-2026-nq-cp');
      expect(existsSync(join(column, '.column57-source')), `${slug} is a finished release`).toBe(true);
      // Old release: the document nowhere; new release: everywhere. Never part of each.
      expect([hasPage, inList, inFeed], slug).toEqual(release === old[slug] ? [false, false, false] : [true, true, true]);
      return release === old[slug] ? 'old' : 'new';
    });
    expect(states).toContain('new');
    console.log(`killed mid-build: ${states.filter((s) => s === 'new').length} new, ${states.filter((s) => s === 'old').length} old`);

    child = startService();
    try {
      await waitFor(
        'the restarted service to finish',
        async () => {
          const s = await status();
          return s.state === 'idle' && BODIES.every((b) => existsSync(join(killedOut, b, 'van-ban', '98-2026-nq-cp', 'index.html')));
        },
        180_000,
      );
      for (const slug of BODIES) expect(readdirSync(join(releases, slug)).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(readdirSync(releases).filter((n) => n.startsWith('.staging-'))).toEqual([]);

      // The CMS sends its notices to the in-process service only: this one learns of changes from the CMS's
      // outbox alone, as a service would whose notices were lost. A publish is built all the same.
      const publisher = await accountFor(cms, 'xuatban.hanoi@pipeline.test', 'body-publisher', 'hanoi');
      const waiting = async () =>
        (await (await fetch(`${cms.url}/api/column57/changes`, { headers: { Authorization: `Bearer ${SECRET}` } })).json()).data.count;
      const publishArticle = async (title: string, slug: string) => {
        const made = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, article(title, slug));
        expect(made.status).toBe(201);
        await submitForReview(publisher, ARTICLE, made.body.data.documentId);
        expect((await publisher.post(`${CM}/${ARTICLE}/${made.body.data.documentId}/actions/publish?locale=vi`, {})).status).toBe(200);
        return made.body.data.documentId as string;
      };
      const builtHere = (slug: string) => existsSync(join(killedOut, 'hanoi', 'bai-viet', slug, 'index.html'));
      await publishArticle('Đà Nẵng và Hà Nội chia sẻ dữ liệu số', 'chia-se-du-lieu-so');
      await waitFor('a change heard only through the outbox, built', () => builtHere('chia-se-du-lieu-so'), 60_000);
      await waitFor('the outbox emptied by the worker', async () => (await waiting()) === 0, 30_000);

      // Killed between a publish and its build: the change waits in the outbox, and the restarted service builds it.
      process.kill(-child.pid!, 'SIGKILL');
      const missed = await publishArticle('Đổi mới sáng tạo ở cấp xã', 'doi-moi-sang-tao-cap-xa');
      expect(await waiting()).toBeGreaterThanOrEqual(1);
      child = startService();
      await waitFor(
        'the change made while the service was down, built after its restart',
        () => builtHere('doi-moi-sang-tao-cap-xa'),
        120_000,
      );
      await waitFor('the outbox emptied after the restart', async () => (await waiting()) === 0, 60_000);
      // The restart's job took the change from the outbox (its trigger names it), not only from rebuilding all.
      const jobs = (await status()).jobs as Array<{ trigger: string[] }>;
      expect(jobs.some((job) => job.trigger.some((what) => what.includes(missed)))).toBe(true);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, 480_000);
});
