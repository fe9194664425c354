import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { writeSnapshot } from '../../packages/snapshot/src/index.ts';
import { accountFor } from '../support/accounts.ts';
import { type AdminSession, ARTICLE, CM } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

// Programme blocks against a real CMS: facts the national editor keeps once, embedded by their code in a
// body's article, checked as the article is saved, put into the snapshot with their current words, and, when
// the national editor changes one, changed in the column without anyone touching the article (on SQLite the
// column is built before and after, and its page read). Bodies read the blocks and never change them.
const FACT = 'api::programme-fact.programme-fact';
const TARGET = 'đến năm 2030 có ít nhất 80% người dân được tiếp cận thông tin';
const CHANGED = 'đến năm 2030 có ít nhất 85% người dân, kể cả đồng bào vùng sâu, vùng xa, được tiếp cận thông tin';

describe.each(DATABASES)('programme blocks (%s)', (database) => {
  let cms: RunningCms;
  let hook: Server;
  const notices: Array<{ uid: string; action: string; bodies: string[] | 'all' }> = [];
  let national: AdminSession, editor: AdminSession, publisher: AdminSession;
  let article = '';
  const factRow = (key: string) => cms.strapi.db.query(FACT).findOne({ where: { key } });
  const snapshotOf = async (since: string | null = null) =>
    (await cms.strapi.service('api::snapshot.snapshot').bodyContent('hanoi', since)).data as {
      articles: Array<{ id: string; locales: { vi: { content: string; summary: string } } }>;
    };

  beforeAll(async () => {
    // The build service's door, as the CMS calls it: every change notice is kept.
    hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        notices.push(JSON.parse(body));
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    cms = await startCms({
      database,
      seedBodies: ['hanoi'],
      env: {
        CRON_ENABLED: 'false',
        COLUMN57_BUILD_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/cms`,
        COLUMN57_BUILD_HOOK_SECRET: 'bi-mat-thu-nghiem',
      },
    });
    [national, editor, publisher] = await Promise.all([
      accountFor(cms, 'quocgia@mst.test', 'national-editor'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
    ]);
  });
  afterAll(async () => {
    await cms?.stop();
    await new Promise((resolve) => hook?.close(resolve));
  });

  it('the demo keeps the programme’s blocks, and its articles embed them', async () => {
    const facts = await cms.strapi.db.query(FACT).findMany({});
    expect(facts.map((f: any) => f.key).sort()).toEqual(['han-bao-cao-thang', 'muc-tieu-nhiem-vu-khcn', 'muc-tieu-thong-tin-co-so']);
    const drafts = await cms.strapi.db
      .query(ARTICLE)
      .findMany({ where: { content: { $contains: '{{khoi:' }, publishedAt: { $null: true } } });
    expect(drafts.length).toBeGreaterThan(0);
    // The column never shows a code: the snapshot carries the block's words.
    const { articles } = await snapshotOf();
    for (const a of articles) expect(a.locales.vi.content).not.toMatch(/\{\{\s*(khoi|khối|block)/);
    expect(articles.some((a) => a.locales.vi.content.includes('được báo cáo định kỳ vào ngày 20 hằng tháng hoặc đột xuất'))).toBe(true);
  });

  it('an editor embeds a block by its code; an unknown code is refused, naming the field and the blocks there are', async () => {
    const hanoi = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    const wrong = await editor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Hà Nội phủ sóng truyền thanh thông minh tới mọi tổ dân phố',
      summary: 'Thành phố hướng tới mục tiêu chung của cả nước.',
      content: 'Nghị quyết 57 đặt mục tiêu {{khoi:muc-tieu-khong-co}}.',
      publishDate: '2026-12-01',
      channel: 'portal',
      body: hanoi.documentId,
    });
    expect(wrong.status).toBe(400);
    const problem = wrong.body.error.details.errors.find((e: any) => e.path[0] === 'content');
    expect(problem.message).toMatch(/^khối "muc-tieu-khong-co" không có\. Hãy chép mã khối từ bảng "Khối nội dung chương trình"/);
    expect(problem.message).toContain('han-bao-cao-thang, muc-tieu-nhiem-vu-khcn, muc-tieu-thong-tin-co-so');
    expect(problem.message).toContain(' / there is no block "muc-tieu-khong-co"');

    const created = await editor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Hà Nội phủ sóng truyền thanh thông minh tới mọi tổ dân phố',
      summary: 'Thành phố góp phần vào mục tiêu chung: {{khối:muc-tieu-thong-tin-co-so}}.',
      content:
        '## Mục tiêu\n\nNghị quyết 57 và Chương trình đặt mục tiêu {{khoi:muc-tieu-thong-tin-co-so}}.\n\n' +
        'Báo cáo gửi Bộ {{block:han-bao-cao-thang}}.',
      publishDate: '2026-12-01',
      channel: 'portal',
      body: hanoi.documentId,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    article = created.body.data.documentId;
    await submitForReview(editor, ARTICLE, article);
    expect((await publisher.post(`${CM}/${ARTICLE}/${article}/actions/publish?locale=vi`, {})).status).toBe(200);
    const mine = (await snapshotOf()).articles.find((a) => a.id === article)!;
    expect(mine.locales.vi.content).toContain(`đặt mục tiêu ${TARGET}`);
    expect(mine.locales.vi.content).toContain('Báo cáo gửi Bộ vào ngày 20 hằng tháng.');
    expect(mine.locales.vi.summary).toContain(`mục tiêu chung: ${TARGET}`);
    // What else is made from the article reads the words too: its share kit, and a bulletin's spoken script.
    const kit = (await editor.get(`/column57/share-kit/${article}?locale=vi`)).body.data;
    expect(kit.facebook.text).toContain(`mục tiêu chung: ${TARGET}`);
    expect(kit.facebook.text).not.toContain('{{');
    const bulletin = await editor.post(`/column57/bulletins/from-article/${article}`, {});
    expect(bulletin.status, JSON.stringify(bulletin.body)).toBeLessThan(300);
    const script = (
      await cms.strapi.db.query('api::radio-bulletin.radio-bulletin').findOne({ where: { sourceArticle: { documentId: article } } })
    )?.script;
    expect(script).toContain(TARGET);
    expect(script).not.toContain('{{');
  });

  it('bodies read the blocks and never change them; the national editor does', async () => {
    const fact = await factRow('muc-tieu-thong-tin-co-so');
    expect((await editor.get(`${CM}/${FACT}`)).status).toBe(200);
    for (const session of [editor, publisher]) {
      expect([403, 404]).toContain((await session.put(`${CM}/${FACT}/${fact.documentId}`, { valueVi: 'sửa bởi cơ quan' })).status);
      expect([403, 404]).toContain((await session.delete(`${CM}/${FACT}/${fact.documentId}`)).status);
      expect([403, 404]).toContain(
        (await session.post(`${CM}/${FACT}`, { key: 'cua-co-quan', nameVi: 'x', nameEn: 'x', valueVi: 'x', valueEn: 'x' })).status,
      );
    }
    expect((await factRow('muc-tieu-thong-tin-co-so')).valueVi).toBe(fact.valueVi);
  });

  it('a changed block changes every text that embeds it, with nothing else edited, and tells the build service', async () => {
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    // Nothing changed: an incremental export carries no article.
    expect((await snapshotOf(before)).articles).toEqual([]);
    const fact = await factRow('muc-tieu-thong-tin-co-so');
    notices.length = 0;
    const saved = await national.put(`${CM}/${FACT}/${fact.documentId}`, { valueVi: CHANGED });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Every column may embed a block: the notice names them all.
    await expect.poll(() => notices.filter((n) => n.uid === FACT).map((n) => n.bodies)).toEqual(['all']);
    // The export since then carries the article again, with the new words, though the article was not edited.
    const mine = (await snapshotOf(before)).articles.find((a) => a.id === article)!;
    expect(mine.locales.vi.content).toContain(`đặt mục tiêu ${CHANGED}`);
    expect(mine.locales.vi.content).not.toContain(TARGET);
  });

  it('a block still embedded is not deleted; one nobody uses is', async () => {
    const used = await factRow('muc-tieu-thong-tin-co-so');
    const refused = await national.delete(`${CM}/${FACT}/${used.documentId}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /^khối "muc-tieu-thong-tin-co-so" đang được chèn trong .*"Hà Nội phủ sóng truyền thanh thông minh tới mọi tổ dân phố"/,
    );
    expect(await factRow('muc-tieu-thong-tin-co-so')).toBeTruthy();
    const unused = await national.post(`${CM}/${FACT}`, {
      key: 'thu-nghiem-xoa',
      nameVi: 'Khối thử để xoá',
      nameEn: 'A block to delete',
      valueVi: 'đổi mới sáng tạo',
      valueEn: 'innovation',
    });
    expect(unused.status, JSON.stringify(unused.body)).toBe(201);
    expect((await national.delete(`${CM}/${FACT}/${unused.body.data.documentId}`)).status).toBe(200);
    expect(await factRow('thu-nghiem-xoa')).toBeNull();
  });

  it.runIf(database === 'sqlite')(
    'the column’s page shows the block’s current words, before and after a change',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'column57-blocks-'));
      try {
        const { accessKey } = await cms.strapi.service('admin::api-token').create({ name: 'blocks', type: 'read-only', lifespan: null });
        const connection = { url: cms.url, token: accessKey };
        const build = async () => {
          await writeSnapshot({ out: join(dir, 'snapshot'), cms: connection, bodies: ['hanoi'], update: true, log: () => {} });
          const report = await buildColumns({
            snapshotDir: join(dir, 'snapshot'),
            outDir: join(dir, 'out'),
            cacheDir: join(dir, 'cache'),
            bodies: ['hanoi'],
            log: () => {},
          });
          expect(report.failed).toEqual([]);
          const slug = (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: article, locale: 'vi' } })).slug;
          return readFileSync(join(dir, 'out', 'hanoi', 'bai-viet', slug, 'index.html'), 'utf8');
        };
        const page = await build();
        expect(page).toContain(CHANGED);
        expect(page).not.toContain('{{');
        const fact = await factRow('muc-tieu-thong-tin-co-so');
        expect((await national.put(`${CM}/${FACT}/${fact.documentId}`, { valueVi: TARGET })).status).toBe(200);
        const rebuilt = await build();
        expect(rebuilt).toContain(`đặt mục tiêu ${TARGET}`);
        expect(rebuilt).not.toContain(CHANGED);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
