import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { accountFor } from '../support/accounts.ts';
import { CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { launchBrowser } from '../support/browser.ts';
import { dom } from '../support/html.ts';
import { expectFieldError } from '../support/field-error.ts';

const AXE_SOURCE = readFileSync(fromRoot('axe-core/axe.min.js'), 'utf8');
function fromRoot(specifier: string) {
  return createRequire(import.meta.url).resolve(specifier);
}

const REPORT = 'api::monthly-report.monthly-report';
const PLAN = 'api::annual-plan.annual-plan';
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
// The reporting code as the CMS runs it (compiled into cms/dist), called at chosen moments.
const reports = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'reports.js'));
const period = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'period.js'));
const { ensureGeneratorToken, ensureReportToken } = fromCms(join(CMS_DIR, 'dist', 'src', 'access', 'generator-token.js'));

const expectDenied = (response: { status: number; body: any }) =>
  expect([403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);

describe.each(DATABASES)('programme reporting (%s)', (database) => {
  let cms: RunningCms;
  let hanoiEditor: AdminSession, hanoiPublisher: AdminSession, danangPublisher: AdminSession, canthoPublisher: AdminSession;
  let mstEditor: AdminSession, national: AdminSession, admin: AdminSession;
  const now = new Date();
  const thisMonth = period.vnMonth(now);
  const lastMonth = period.addMonths(thisMonth, -1);
  const bodyId = async (slug: string) => (await cms.strapi.db.query('api::body.body').findOne({ where: { slug } })).documentId;
  const versionsOf = (slug: string, month: string) =>
    cms.strapi.db.query(REPORT).findMany({ where: { month, body: { slug } }, orderBy: { version: 'asc' } });

  beforeAll(async () => {
    // No cron of its own: each cycle is run with the moment it should see.
    cms = await startCms({ database, seedBodies: ['hanoi', 'danang', 'laocai'], env: { CRON_ENABLED: 'false' } });
    [hanoiEditor, hanoiPublisher, danangPublisher, canthoPublisher, mstEditor, national, admin] = await Promise.all([
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'duyet@danang.test', 'body-publisher', 'danang'),
      accountFor(cms, 'duyet@cantho.test', 'body-publisher', 'cantho'),
      accountFor(cms, 'bientap@mst.test', 'body-editor', 'mst'),
      accountFor(cms, 'toanquoc@column57.test', 'national-editor'),
      accountFor(cms, 'quantri@column57.test', 'administrator'),
    ]);
  }, 300_000);
  afterAll(() => cms?.stop());

  it('seeds five months of history: on time, amended, late, a draft never sent, a month missing', async () => {
    const hanoi = await cms.strapi.db.query(REPORT).findMany({ where: { body: { slug: 'hanoi' } } });
    expect(new Set(hanoi.map((r: any) => r.month)).size).toBe(5);
    expect(hanoi.filter((r: any) => r.version === 2)).toHaveLength(1);
    expect((await versionsOf('danang', lastMonth)).map((r: any) => r.reportStatus)).toEqual(['draft']);
    expect(await versionsOf('moet', lastMonth)).toEqual([]);
    expect((await cms.strapi.db.query(REPORT).findMany({ where: { body: { slug: 'laocai' }, late: true } })).length).toBe(2);
  });

  it('prepares a draft for every body for the month, and marks drafts overdue after the 20th', async () => {
    const bodies = await cms.strapi.db.query('api::body.body').count();
    const first = await reports.prepareReports(cms.strapi, new Date(`${thisMonth}-02T03:00:00Z`));
    expect(first.created).toHaveLength(bodies);
    expect((await reports.prepareReports(cms.strapi, new Date(`${thisMonth}-03T03:00:00Z`))).created).toEqual([]);
    const draft = (await versionsOf('hanoi', thisMonth))[0];
    expect(draft.reportStatus).toBe('draft');
    expect(draft.figures).toMatchObject({ articles: expect.any(Number), tasksTotal: expect.any(Number) });
    // The 21st, Vietnam time: every draft of the month is overdue, and so is danang's from last month.
    const late = await reports.prepareReports(cms.strapi, new Date(`${thisMonth}-20T17:30:00Z`));
    expect(late.overdue).toContain(`hanoi ${thisMonth}`);
    expect(late.overdue).toHaveLength(bodies);
    // Back to today, so the rest of the file sees the real state.
    await reports.prepareReports(cms.strapi, now);
  });

  it('refuses bad figures naming the field, and keeps what was saved', async () => {
    const draft = (await versionsOf('hanoi', thisMonth))[0];
    const path = `${CM}/${REPORT}/${draft.documentId}`;
    expect(
      (await hanoiEditor.put(path, { trainees: 12, commStaff: 40, commStaffTrained: 10, officialsTotal: 900, officialsInformed: 800 }))
        .status,
    ).toBe(200);
    expectFieldError(await hanoiEditor.put(path, { trainees: -3 }), 'trainees', /số nguyên không âm/);
    expectFieldError(await hanoiEditor.put(path, { grassrootsReachPercent: 120 }), 'grassrootsReachPercent', /0-100/);
    expectFieldError(await hanoiEditor.put(path, { commStaffTrained: 41 }), 'commStaffTrained', /lớn hơn/);
    expectFieldError(await hanoiEditor.put(path, { officialsInformed: 901 }), 'officialsInformed', /lớn hơn/);
    expectFieldError(await hanoiEditor.put(path, { budgetSpent: '-1000' }), 'budgetSpent', /số nguyên không âm/);
    expectFieldError(await hanoiEditor.put(path, { trainees: '1e3' }), 'trainees', /số nguyên không âm/);
    expectFieldError(await hanoiEditor.put(path, { month: lastMonth }), 'month', /Không đổi được tháng/);
    // A copy would carry the state of the original: refused.
    expectFieldError(
      await hanoiEditor.post(`/content-manager/collection-types/${REPORT}/clone/${draft.documentId}`, { trainees: 1 }),
      'month',
      /Không sao chép/,
    );
    expectFieldError(await hanoiEditor.post(`${CM}/${REPORT}`, { month: period.addMonths(thisMonth, 2) }), 'month', /chưa đến/);
    expectFieldError(await hanoiEditor.post(`${CM}/${REPORT}`, { month: thisMonth }), 'month', /đã có báo cáo/);
    const after = await cms.strapi.db.query(REPORT).findOne({ where: { documentId: draft.documentId } });
    expect(after).toMatchObject({ trainees: 12, commStaff: 40, commStaffTrained: 10, officialsInformed: 800 });
    // The state of a report is the server's: a form cannot mark it submitted.
    await hanoiEditor.put(path, { reportStatus: 'submitted', version: 9, trainees: 13 });
    expect(await cms.strapi.db.query(REPORT).findOne({ where: { documentId: draft.documentId } })).toMatchObject({
      reportStatus: 'draft',
      version: 1,
      trainees: 13,
    });
  });

  it('is submitted by the publisher once the period is over, then frozen; an amendment is a new version', async () => {
    const [draft] = await versionsOf('danang', lastMonth);
    const submit = (session: AdminSession, documentId: string) => session.post(`/column57/reporting/reports/${documentId}/submit`);
    expectDenied(await submit(hanoiPublisher, draft.documentId));
    const current = (await versionsOf('hanoi', thisMonth))[0];
    expectDenied(await submit(hanoiEditor, current.documentId));
    // Before the 15th the period is still running.
    const early = await reports
      .submitReport(cms.strapi, current.documentId, { kind: 'administrator', userId: 1 }, 'test', new Date(`${thisMonth}-10T03:00:00Z`))
      .catch((e: Error) => e);
    expect(String(early)).toMatch(/hãy nộp từ ngày 15/);

    const sent = await submit(danangPublisher, draft.documentId);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const frozen = await cms.strapi.db.query(REPORT).findOne({ where: { documentId: draft.documentId } });
    expect(frozen).toMatchObject({ reportStatus: 'submitted', late: true, overdue: false });
    expect(frozen.submittedBy).toMatch(/duyet@danang\.test/);

    for (const session of [danangPublisher, admin]) {
      expectFieldError(await session.put(`${CM}/${REPORT}/${draft.documentId}`, { trainees: 1 }), 'reportStatus', /đã nộp.*bản sửa đổi/);
    }
    expectFieldError(await admin.delete(`${CM}/${REPORT}/${draft.documentId}`), 'reportStatus', /không sửa hay xoá/);
    expect(await cms.strapi.db.query(REPORT).findOne({ where: { documentId: draft.documentId } })).toMatchObject({
      trainees: frozen.trainees,
      reportStatus: 'submitted',
    });

    const amend = (reason: string) => danangPublisher.post(`/column57/reporting/reports/${draft.documentId}/amend`, { reason });
    expectFieldError(await amend('  '), 'amendmentReason', /lý do/);
    const amended = await amend('Bổ sung số lượt tập huấn ở các phường mới sáp nhập.');
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect((await amend('lần hai')).status).toBe(400); // one amendment at a time
    const v2 = amended.body.data;
    expect(v2).toMatchObject({ version: 2, reportStatus: 'draft', trainees: frozen.trainees });
    expect((await danangPublisher.put(`${CM}/${REPORT}/${v2.documentId}`, { trainees: frozen.trainees + 5 })).status).toBe(200);
    expect((await submit(danangPublisher, v2.documentId)).status).toBe(200);
    const versions = await versionsOf('danang', lastMonth);
    expect(versions.map((v: any) => [v.version, v.reportStatus, v.trainees])).toEqual([
      [1, 'submitted', frozen.trainees],
      [2, 'submitted', frozen.trainees + 5],
    ]);

    // The body's printed report shows the latest version and keeps the history.
    const printed = await danangPublisher.get(`/column57/reporting/bodies/danang?month=${lastMonth}&format=html`);
    const page = dom(printed.body);
    expect(page.querySelectorAll('[data-version]')).toHaveLength(2);
    expect(page.querySelector('tr[data-row="trainees"] [data-key="value"]')!.getAttribute('data-value')).toBe(String(frozen.trainees + 5));
    expect(printed.body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('will not submit a report with blanks, naming each one', async () => {
    const created = await canthoPublisher.post(`${CM}/${REPORT}`, { month: lastMonth, trainees: 4 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const refused = await canthoPublisher.post(`/column57/reporting/reports/${created.body.data.documentId}/submit`);
    expectFieldError(refused, 'officialsTotal', /chưa nhập/);
    expectFieldError(refused, 'budgetSpent', /chưa nhập/);
    expect((await cms.strapi.db.query(REPORT).findOne({ where: { documentId: created.body.data.documentId } })).reportStatus).toBe('draft');
    // Free text that a spreadsheet would run as a formula stays text in the CSV.
    expect(
      (
        await canthoPublisher.put(`${CM}/${REPORT}/${created.body.data.documentId}`, {
          difficulties: '=HYPERLINK("http://example.invalid","Bấm vào đây")',
        })
      ).status,
    ).toBe(200);
    const csv = parseCsv((await canthoPublisher.bytes(`/column57/reporting/bodies/cantho?month=${lastMonth}&format=csv`)).body, {
      bom: true,
    }) as string[][];
    expect(csv.find((l) => l[0].startsWith('Khó khăn'))![1]).toBe(`'=HYPERLINK("http://example.invalid","Bấm vào đây")`);
  });

  it('shows each body only its own reports; MST and administrators see every body, national editors none', async () => {
    const list = async (session: AdminSession) => (await session.get(`${CM}/${REPORT}?page=1&pageSize=100`)).body;
    const own = await list(hanoiEditor);
    expect(own.results.length).toBeGreaterThan(0);
    const hanoiIds = new Set(
      (await cms.strapi.db.query(REPORT).findMany({ where: { body: { slug: 'hanoi' } } })).map((r: any) => r.documentId),
    );
    for (const r of own.results) expect(hanoiIds.has(r.documentId)).toBe(true);
    const laocai = (await versionsOf('laocai', lastMonth))[0];
    expectDenied(await hanoiEditor.get(`${CM}/${REPORT}/${laocai.documentId}`));
    expectDenied(await hanoiEditor.put(`${CM}/${REPORT}/${laocai.documentId}`, { trainees: 1 }));
    expectDenied(await hanoiEditor.get(`/column57/reporting/bodies/laocai?month=${lastMonth}`));
    expectDenied(await hanoiEditor.get(`/column57/reporting/national?month=${lastMonth}`));
    expect((await hanoiEditor.get(`/column57/reporting/bodies/hanoi?month=${lastMonth}`)).status).toBe(200);

    const all = await list(mstEditor);
    expect(all.pagination.total).toBe(await cms.strapi.db.query(REPORT).count());
    expect((await mstEditor.get(`${CM}/${REPORT}/${laocai.documentId}`)).status).toBe(200);
    const hanoiDraft = (await versionsOf('hanoi', thisMonth))[0];
    expectDenied(await mstEditor.put(`${CM}/${REPORT}/${hanoiDraft.documentId}`, { trainees: 99 }));
    expect((await cms.strapi.db.query(REPORT).findOne({ where: { documentId: hanoiDraft.documentId } })).trainees).toBe(13);
    expect((await mstEditor.get(`/column57/reporting/national?month=${lastMonth}`)).status).toBe(200);
    expect((await admin.get(`/column57/reporting/national?month=${lastMonth}`)).status).toBe(200);

    // Plans the same way: own body only; the programme office reads every body's.
    const plans = (await hanoiEditor.get(`${CM}/${PLAN}?page=1&pageSize=100`)).body.results;
    expect(plans.length).toBeGreaterThan(0);
    const laocaiPlan = await cms.strapi.db.query(PLAN).findOne({ where: { body: { slug: 'laocai' } } });
    for (const plan of plans) expect(plan.documentId).not.toBe(laocaiPlan.documentId);
    expectDenied(await hanoiEditor.get(`${CM}/${PLAN}/${laocaiPlan.documentId}`));
    expectDenied(await hanoiEditor.put(`${CM}/${PLAN}/${laocaiPlan.documentId}`, { title: 'Không được sửa' }));
    expect((await mstEditor.get(`${CM}/${PLAN}?page=1&pageSize=100`)).body.pagination.total).toBe(await cms.strapi.db.query(PLAN).count());

    const none = await national.get(`${CM}/${REPORT}?page=1&pageSize=10`);
    expect(none.status === 403 || none.body.results.length === 0).toBe(true);
    expectDenied(await national.get(`/column57/reporting/national?month=${lastMonth}`));
    expect((await hanoiPublisher.delete(`${CM}/${REPORT}/${hanoiDraft.documentId}`)).status).toBe(403);
    // The programme office is named by its slug: a body that has reported keeps its slug, and is not deleted.
    const hanoiBody = await bodyId('hanoi');
    expectFieldError(await national.put(`${CM}/api::body.body/${hanoiBody}`, { slug: 'mst' }), 'slug', /không đổi được/);
    expectFieldError(await national.delete(`${CM}/api::body.body/${hanoiBody}`), 'slug', /không xoá được/);
  });

  it('refuses a bad annual plan naming the field, and sums the plans by body and by kind', async () => {
    const plan = {
      year: 2026,
      documentNumber: '57/KH-UBND',
      documentDate: '2026-02-10',
      title: 'Kế hoạch truyền thông Nghị quyết 57 năm 2026',
      activities: [{ kind: 'press', description: 'Loạt bài trên báo địa phương', budget: '150000000' }],
    };
    expectFieldError(
      await canthoPublisher.post(`${CM}/${PLAN}`, { ...plan, documentNumber: 'KH số năm' }),
      'documentNumber',
      /không đúng dạng/,
    );
    expectFieldError(await canthoPublisher.post(`${CM}/${PLAN}`, { ...plan, year: 2031 }), 'year', /2025/);
    expectFieldError(
      await canthoPublisher.post(`${CM}/${PLAN}`, { ...plan, activities: [{ kind: 'press', description: 'x', budget: '-5' }] }),
      'activities.0.budget',
      /không âm/,
    );
    expect((await canthoPublisher.post(`${CM}/${PLAN}`, plan)).status).toBe(201);
    expectFieldError(await canthoPublisher.post(`${CM}/${PLAN}`, plan), 'year', /đã có kế hoạch/);

    const picture = (await mstEditor.get(`/column57/reporting/national?month=${lastMonth}`)).body;
    const stored = await cms.strapi.db
      .query(PLAN)
      .findMany({ where: { year: Number(lastMonth.slice(0, 4)) }, populate: { activities: true } });
    const budgets = stored.flatMap((p: any) => p.activities.map((a: any) => [a.kind, Number(a.budget)]));
    expect(picture.plans.total).toBe(budgets.reduce((s: number, [, b]: any) => s + b, 0));
    expect(picture.plans.byKind.press).toBe(budgets.filter(([k]: any) => k === 'press').reduce((s: number, [, b]: any) => s + b, 0));
    expect(picture.plans.byBody.find((b: any) => b.slug === 'cantho')).toMatchObject({ documentNumber: '57/KH-UBND', total: 150000000 });
  });

  it('counts a task whose coverage an editor recorded outside the column, and refuses an address that is not a web one', async () => {
    const figures = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'figures.js'));
    const hanoi = await bodyId('hanoi');
    const today = new Date().toISOString().slice(0, 10);
    const count = async () => {
      const f = figures.figuresOf(await figures.loadActivity(cms.strapi, hanoi), hanoi, { from: '2025-01-01', to: today });
      return [f.tasksCommunicated, f.tasksTotal];
    };
    const [communicated, total] = await count();
    const task = {
      code: 'KHCN-BAN-DO-SO',
      title: 'Ứng dụng bản đồ số trong quản lý đất đai cấp phường',
      host: 'Sở Khoa học và Công nghệ Hà Nội',
      stateFunded: true,
      secret: false,
      startDate: '2025-02-01',
      endDate: '2027-12-31',
      taskStatus: 'in-progress',
      pressItems: [
        { outlet: 'Báo Hà Nội Mới', channel: 'press', title: 'Bản đồ số đất đai về đến phường', url: 'javascript:alert(1)', date: today },
      ],
    };
    expectFieldError(await hanoiEditor.post(`${CM}/api::st-task.st-task?locale=vi`, task), 'pressItems.0.url', /http/);
    expect(await count()).toEqual([communicated, total]);
    const saved = await hanoiEditor.post(`${CM}/api::st-task.st-task?locale=vi`, {
      ...task,
      pressItems: [{ ...task.pressItems[0], url: 'https://hanoimoi.vn/ban-do-so-dat-dai' }],
    });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(201);
    // A draft counts: the target is every state-funded task, not those on show.
    expect(await count()).toEqual([communicated + 1, total + 1]);
    const secret = await hanoiEditor.post(`${CM}/api::st-task.st-task?locale=vi`, {
      ...task,
      code: 'KHCN-MAT-01',
      secret: true,
      pressItems: [],
    });
    expect(secret.status).toBe(201);
    expect(await count()).toEqual([communicated + 1, total + 1]);
  });

  it('shows the same figures on the dashboard and in every export, also from the command line', async () => {
    const month = lastMonth;
    const picture = (await mstEditor.get(`/column57/reporting/national?month=${month}`)).body;
    expect(picture.rows).toHaveLength(await cms.strapi.db.query('api::body.body').count());
    const key = ['articles', 'tasksCommunicated', 'tasksTotal', 'trainees', 'commStaffTrained', 'budgetSpent', 'grassrootsReachPercent'];
    const fromPicture = (slug: string) => {
      const row = picture.rows.find((r: any) => r.body.slug === slug);
      return [
        row.figures.articles,
        row.figures.tasksCommunicated,
        row.figures.tasksTotal,
        row.entered?.trainees ?? null,
        row.entered?.commStaffTrained ?? null,
        row.entered?.budgetSpent ?? null,
        row.entered?.grassrootsReachPercent ?? null,
      ];
    };
    // The seeded and the just-submitted reports make the numbers more than zeros.
    expect(fromPicture('hanoi').every((v) => v !== null)).toBe(true);
    expect(fromPicture('danang')[3]).toBe((await versionsOf('danang', month))[1].trainees);
    const overdueMoet = picture.overdue.find((o: any) => o.slug === 'moet');
    expect(overdueMoet.months).toContain(month);
    // The tasks target says by which rule a task counts (cms/src/reporting/task-coverage.ts).
    const tasks = picture.targets.find((t: any) => t.key === 'tasksCommunicated');
    expect(tasks.vi).toMatch(
      /^Nhiệm vụ KH&CN sử dụng ngân sách nhà nước được truyền thông: một nhiệm vụ .* bài viết .* bản tin truyền thanh .* mạng xã hội/,
    );
    expect(tasks.en).toMatch(/^State-funded S&T tasks communicated: a task .* article .* radio bulletin .* social networks/);
    const staff = picture.targets.find((t: any) => t.key === 'staffTrained');
    expect(staff.value).toBeGreaterThan(0);
    expect(staff.trend.at(-1).value).toBe(staff.value);

    // The dashboard page (what MST sees in the admin panel, and prints).
    const html = dom((await mstEditor.get(`/column57/reporting/national?month=${month}&format=html`)).body);
    const cell = (slug: string, column: string) =>
      html.querySelector(`tr[data-row="${slug}"] [data-key="${column}"]`)?.getAttribute('data-value');
    const asNumber = (v: string | null | undefined) => (v === '' || v === undefined || v === null ? null : Number(v));
    for (const slug of ['hanoi', 'danang', 'laocai', 'mst', 'moet'])
      expect(
        key.map((k) => asNumber(cell(slug, k))),
        slug,
      ).toEqual(fromPicture(slug));
    for (const target of picture.targets) {
      expect(asNumber(html.querySelector(`[data-target="${target.key}"] [data-key="value"]`)!.getAttribute('data-value'))).toBe(
        target.value,
      );
      const svg = html.querySelector(`[data-target="${target.key}"] svg[role="img"]`)!;
      expect(svg.querySelector('title')!.textContent).toMatch(/diễn biến theo tháng/);
      expect(svg.querySelector('desc')!.textContent).toMatch(/mục tiêu/);
    }

    // CSV: a header naming each column in both languages, a row per body and the national total.
    const csvRows = parseCsv((await mstEditor.bytes(`/column57/reporting/national?month=${month}&format=csv`)).body, {
      bom: true,
    }) as string[][];
    const header = csvRows[0];
    const bodyTable = html.querySelectorAll('.annex table thead th');
    const annexKeys = [...html.querySelectorAll('.annex table tbody tr[data-row="hanoi"] > *')].map((c: any) => c.getAttribute('data-key'));
    expect(header).toHaveLength(bodyTable.length);
    const csvOf = (slug: string) => {
      const row = csvRows.find((r) => r[0] === slug)!;
      return key.map((k) => (row[annexKeys.indexOf(k)] === '' ? null : Number(row[annexKeys.indexOf(k)])));
    };
    for (const slug of ['hanoi', 'danang', 'laocai', 'mst', 'moet']) expect(csvOf(slug), slug).toEqual(fromPicture(slug));
    expect(csvRows.at(-1)![0]).toBe('toan-quoc');
    expect(Number(csvRows.at(-1)![annexKeys.indexOf('articles')])).toBe(picture.totals.figures.articles);

    // XLSX, read back with an independent reader.
    const workbook = (await mstEditor.bytes(`/column57/reporting/national?month=${month}&format=xlsx`)).body;
    const sheets = await readXlsxFile(workbook);
    const bySheet = Object.fromEntries(sheets.map((s: any) => [s.sheet, s.data]));
    const xlsxBodies = bySheet['Cơ quan'] as unknown[][];
    const xlsxOf = (slug: string) => {
      const row = xlsxBodies.find((r) => r[0] === slug)!;
      return key.map((k) => (row[annexKeys.indexOf(k)] ?? null) as number | null);
    };
    for (const slug of ['hanoi', 'danang', 'laocai', 'mst', 'moet']) expect(xlsxOf(slug), slug).toEqual(fromPicture(slug));
    const xlsxTargets = (bySheet['Chỉ tiêu'] as unknown[][]).slice(2);
    expect(xlsxTargets.map((r) => r[3] ?? null)).toEqual(picture.targets.map((t: any) => t.value));

    // The command line, with its own API token, writes the same workbook's figures. The generator's
    // read-only token, which the build service holds, reads no report.
    const tokens = mkdtempSync(join(tmpdir(), 'column57-token-'));
    const tokenFile = join(tokens, 'report');
    await ensureReportToken(cms.strapi, tokenFile);
    await ensureGeneratorToken(cms.strapi, join(tokens, 'generator'));
    const withGenerator = await fetch(`${cms.url}/api/column57/report?month=${month}&format=json`, {
      headers: { Authorization: `Bearer ${readFileSync(join(tokens, 'generator'), 'utf8').trim()}` },
    });
    expect(withGenerator.status).toBe(403);
    const out = mkdtempSync(join(tmpdir(), 'column57-report-'));
    // Asynchronously: the CMS answering it runs in this very process.
    const cli = (...args: string[]) =>
      new Promise<{ status: number; stderr: string }>((done) => {
        execFile(
          process.execPath,
          [join(ROOT, 'packages/cli/src/main.ts'), 'report', ...args],
          {
            encoding: 'utf8',
            env: { ...process.env, COLUMN57_CMS_URL: cms.url, COLUMN57_REPORT_TOKEN: readFileSync(tokenFile, 'utf8').trim() },
          },
          (error, _stdout, stderr) => done({ status: error ? Number((error as any).code ?? 1) : 0, stderr }),
        );
      });
    const run = await cli('--month', month, '--format', 'xlsx', '--out', join(out, 'toan-quoc.xlsx'));
    expect(run.status, run.stderr).toBe(0);
    const cliSheets = await readXlsxFile(readFileSync(join(out, 'toan-quoc.xlsx')));
    expect(cliSheets.find((s: any) => s.sheet === 'Cơ quan')!.data).toEqual(xlsxBodies);
    const one = await cli('--month', month, '--body', 'hanoi', '--format', 'csv', '--out', join(out, 'hanoi.csv'));
    expect(one.status, one.stderr).toBe(0);
    const lines = parseCsv(readFileSync(join(out, 'hanoi.csv')), { bom: true }) as string[][];
    expect(Number(lines.find((l) => l[0].startsWith('Số lượt người được tập huấn'))![1])).toBe(fromPicture('hanoi')[3]);
    const future = await cli('--month', period.addMonths(thisMonth, 1), '--format', 'html', '--out', join(out, 'x.html'));
    expect(future.status).toBe(1);
    expect(future.stderr).toMatch(/month: .* chưa đến/);
    rmSync(out, { recursive: true, force: true });
    rmSync(tokens, { recursive: true, force: true });
  });

  // Once is enough: the pages do not depend on the database.
  it.runIf(database === 'sqlite')(
    'prints the dashboard and a body report on A4, accessible to axe, in Chromium',
    async () => {
      const browser = await launchBrowser();
      const artifacts = join(ROOT, 'test-artifacts', 'reporting');
      mkdirSync(artifacts, { recursive: true });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const pages = {
          national: (await mstEditor.get(`/column57/reporting/national?month=${lastMonth}&format=html`)).body,
          hanoi: (await hanoiEditor.get(`/column57/reporting/bodies/hanoi?month=${lastMonth}&format=html`)).body,
        };
        for (const [name, html] of Object.entries(pages)) {
          await page.setContent(html, { waitUntil: 'load' });
          await page.addScriptTag({ content: AXE_SOURCE });
          const violations = await page.evaluate(async () => {
            const result = await (window as any).axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            });
            return result.violations.map(
              (v: any) =>
                `${v.id}: ${v.help} (${v.nodes
                  .map((n: any) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')})`,
            );
          });
          expect(violations, name).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
          await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
          writeFileSync(join(artifacts, `${name}.pdf`), pdf);
          expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
          // A4 (595 x 842 points): portrait as administrative documents are, the national annex landscape.
          const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
            Math.round(Number(m[1])),
            Math.round(Number(m[2])),
          ]);
          expect(boxes[0], name).toEqual([595, 842]);
          if (name === 'national') expect(boxes).toContainEqual([842, 595]);
          await page.emulateMedia({ media: 'screen' });
        }
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
