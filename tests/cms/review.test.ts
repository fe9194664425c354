import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { expectFieldError } from '../support/field-error.ts';

// Review before publishing, in a real CMS: an editor submits a draft ("Gửi duyệt"), the body's publisher
// finds it in the queue with what changed since the published version, returns it with a comment the
// editor reads on the entry, and publishes the resubmitted draft. Publishing what nobody reviewed takes a
// reason and marks the entry. Another body's publisher never sees the queue entry nor acts on it.

const REVIEW = '/column57/review';
const EVENTS = ['column57.review.submitted', 'column57.review.returned', 'column57.review.approved'];

const expectDenied = (response: { status: number; body: any }, secret?: string) => {
  expect([401, 403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
  if (secret) expect(JSON.stringify(response.body)).not.toContain(secret);
};

const article = (over: Record<string, unknown> = {}) => ({
  title: 'Hà Nội đưa 120 thủ tục hành chính lên cổng dịch vụ công',
  slug: 'ha-noi-dua-120-thu-tuc-len-cong-dich-vu-cong',
  summary: 'Người dân nộp hồ sơ trực tuyến, không phải đến bộ phận một cửa.',
  content: 'Thành phố đã số hoá hồ sơ đất đai của 30 quận, huyện.',
  publishDate: '2026-11-20',
  channel: 'portal',
  ...over,
});

describe.each(DATABASES)('review before publishing (%s)', (database) => {
  let cms: RunningCms;
  let editor: AdminSession, publisher: AdminSession, hueEditor: AdminSession, huePublisher: AdminSession;
  const heard: Array<{ name: string; payload: any }> = [];

  const draftRow = (documentId: string) =>
    cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'vi', publishedAt: { $null: true } } });
  const liveRow = (documentId: string) =>
    cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'vi', publishedAt: { $notNull: true } } });
  const at = (documentId: string, action: string) => `${REVIEW}/${ARTICLE}/${documentId}/${action}`;
  const cmPublish = (session: AdminSession, documentId: string) =>
    session.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=vi`, {});

  beforeAll(async () => {
    // The same flow in Chromium, with the mail and the audit page, is desk-flow.test.ts.
    cms = await startCms({ database, seedBodies: ['hanoi', 'hue'], env: { CRON_ENABLED: 'false' } });
    for (const name of EVENTS) cms.strapi.eventHub.on(name, (payload: unknown) => void heard.push({ name, payload }));
    [editor, publisher, hueEditor, huePublisher] = await Promise.all([
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@hue.test', 'body-editor', 'hue'),
      accountFor(cms, 'duyet@hue.test', 'body-publisher', 'hue'),
    ]);
  }, 300_000);
  afterAll(() => cms?.stop());

  it('submit, queue with the changes, return with a comment the editor reads, resubmit, publish', async () => {
    const created = await editor.post(`${CM}/${ARTICLE}?locale=vi`, article());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.documentId as string;

    // A first version goes live through review, so the second has something to be compared with.
    expect((await editor.post(at(id, 'submit'), {})).status).toBe(200);
    const first = await cmPublish(publisher, id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect((await liveRow(id)).reviewState).toBe('approved');

    // The editor changes the summary: the approval no longer holds for the draft.
    const edited = await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, {
      ...article(),
      summary: 'Người dân nộp hồ sơ trực tuyến và nhận kết quả qua bưu điện, không phải đến bộ phận một cửa.',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await draftRow(id)).reviewState).toBeNull();
    heard.length = 0;

    const note = 'Đã bổ sung việc trả kết quả qua bưu điện, nhờ anh/chị duyệt giúp.';
    const submitted = await editor.post(at(id, 'submit'), { note });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(heard.map((e) => e.name)).toEqual(['column57.review.submitted']);
    expect(heard[0].payload).toMatchObject({ note, entry: { uid: ARTICLE, documentId: id }, by: { email: 'bientap@hanoi.test' } });

    // The queue: who, when, the note, and the summary's change word by word.
    const queue = await publisher.get(`${REVIEW}/queue`);
    expect(queue.status).toBe(200);
    const item = queue.body.data.find((i: any) => i.documentId === id);
    expect(item).toMatchObject({ uid: ARTICLE, state: 'submitted', note, submittedBy: { email: 'bientap@hanoi.test' } });
    expect(Date.parse(item.submittedAt)).toBeGreaterThan(Date.now() - 600_000);
    const vi = item.changes.find((c: any) => c.locale === 'vi');
    expect(vi.published).toBe(true);
    expect(vi.fields.map((f: any) => f.field)).toEqual(['summary']);
    const parts = vi.fields[0].parts;
    expect(
      parts
        .filter((p: any) => p.added)
        .map((p: any) => p.value)
        .join(''),
    ).toContain('nhận kết quả qua bưu điện');
    expect(parts.filter((p: any) => p.removed)).toEqual([]);
    expect(vi.fields[0].label).toMatch(/^Tóm tắt/);

    // Another body's publisher: nothing in the queue, and no hand on the entry.
    const hueQueue = await huePublisher.get(`${REVIEW}/queue`);
    expect(hueQueue.status).toBe(200);
    expect(JSON.stringify(hueQueue.body)).not.toContain(id);
    expectDenied(await huePublisher.post(at(id, 'return'), { comment: 'Trả lại trái phép' }));
    expectDenied(await huePublisher.post(at(id, 'publish'), { reason: 'Đăng trái phép' }));
    expectDenied(await huePublisher.post(at(id, 'approve'), {}));
    expectDenied(await hueEditor.post(at(id, 'submit'), {}));
    expectDenied(await cmPublish(huePublisher, id));
    // The editor cannot return or publish their own submission.
    expectDenied(await editor.post(at(id, 'return'), { comment: 'Tự trả lại' }));
    expect((await draftRow(id)).reviewState).toBe('submitted');

    // Returning takes a comment, named by its field.
    expectFieldError(await publisher.post(at(id, 'return'), { comment: '  ' }), 'comment', /Chưa có lời nhắn/);
    const comment = 'Cần ghi rõ số thủ tục được giảm lệ phí và dẫn nguồn Quyết định của UBND thành phố.';
    const returned = await publisher.post(at(id, 'return'), { comment });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    const event = heard.find((e) => e.name === 'column57.review.returned')?.payload;
    expect(event).toMatchObject({ comment, to: [{ email: 'bientap@hanoi.test' }], by: { email: 'duyet@hanoi.test' } });
    expect(JSON.stringify((await publisher.get(`${REVIEW}/queue`)).body)).not.toContain(id);

    // The editor reads the comment on the entry (the edit form's data) and in "returned to me".
    const opened = await editor.get(`${CM}/${ARTICLE}/${id}?locale=vi`);
    expect(opened.body.data).toMatchObject({ reviewState: 'returned', reviewComment: comment });
    const mine = await editor.get(`${REVIEW}/returned`);
    expect(mine.body.data.map((i: any) => [i.documentId, i.comment])).toContainEqual([id, comment]);
    expect(JSON.stringify((await hueEditor.get(`${REVIEW}/returned`)).body)).not.toContain(id);

    // A returned draft is not published without a reason.
    const refused = await cmPublish(publisher, id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/chưa được duyệt.*\/ .*reviewed/s);

    // Fixed and resubmitted, then published from the queue: reviewed, in the published version too.
    const fixed = await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, { ...article(), summary: 'Giảm 50% lệ phí cho 120 thủ tục.' });
    expect(fixed.status).toBe(200);
    expect((await editor.post(at(id, 'submit'), {})).status).toBe(200);
    heard.length = 0;
    const published = await publisher.post(at(id, 'publish'), {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.data.state).toBe('approved');
    expect(await liveRow(id)).toMatchObject({ summary: 'Giảm 50% lệ phí cho 120 thủ tục.', reviewState: 'approved' });
    expect(heard.map((e) => e.name)).toEqual(['column57.review.approved']);
  });

  it('publishing what nobody reviewed takes a reason and marks the entry until it is reviewed', async () => {
    const created = await editor.post(
      `${CM}/${ARTICLE}?locale=vi`,
      article({ title: 'Thông báo khẩn về lịch tiếp công dân', slug: 'thong-bao-khan' }),
    );
    const id = created.body.data.documentId as string;

    const direct = await cmPublish(publisher, id);
    expect(direct.status).toBe(400);
    expect(direct.body.error.message).toMatch(/Gửi duyệt/);
    expectFieldError(await publisher.post(at(id, 'publish'), {}), 'reason', /lý do đăng không qua duyệt/);
    expect(await liveRow(id)).toBeNull();

    const reason = 'Thông báo khẩn của Văn phòng UBND thành phố, phải đăng trước 17 giờ.';
    const published = await publisher.post(at(id, 'publish'), { reason });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await liveRow(id)).toMatchObject({ reviewState: 'unreviewed', reviewReason: reason });

    // The list view filters on the state.
    const listed = await publisher.get(`${CM}/${ARTICLE}?locale=vi&filters[reviewState][$eq]=unreviewed`);
    expect(listed.body.results.map((r: any) => r.documentId)).toEqual([id]);
    // Another body's list filtered the same way shows none of it.
    expect((await huePublisher.get(`${CM}/${ARTICLE}?locale=vi&filters[reviewState][$eq]=unreviewed`)).body.results).toEqual([]);

    // Someone reviews it: the mark goes.
    expect((await publisher.post(at(id, 'approve'), {})).status).toBe(200);
    expect((await liveRow(id)).reviewState).toBe('approved');

    // An editor's edit that is refused changes nothing, the approval included; one that is saved needs review again.
    const refused = await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, { title: 'Đ'.repeat(200) });
    expect(refused.status).toBe(400);
    expect((await draftRow(id)).reviewState).toBe('approved');
    const edited = await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, { summary: 'Lịch tiếp công dân đổi sang chiều thứ Năm.' });
    expect(edited.status).toBe(200);
    expect((await draftRow(id)).reviewState).toBeNull();
  });

  it('the review fields are not written through the form', async () => {
    const created = await editor.post(
      `${CM}/${ARTICLE}?locale=vi`,
      article({ title: 'Bài tự duyệt', slug: 'bai-tu-duyet', reviewState: 'approved' }),
    );
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect((await draftRow(id)).reviewState).toBeNull();
    await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, {
      ...article({ title: 'Bài tự duyệt', slug: 'bai-tu-duyet' }),
      reviewState: 'approved',
    });
    expect((await draftRow(id)).reviewState).toBeNull();
    expect((await cmPublish(publisher, id)).status).toBe(400);
    expect(await liveRow(id)).toBeNull();

    // A copy of a reviewed entry is a new entry, not a reviewed one.
    await editor.post(at(id, 'submit'), {});
    expect((await cmPublish(publisher, id)).status).toBe(200);
    expect((await draftRow(id)).reviewState).toBe('approved');
    const copy = await editor.post(`${CM}/${ARTICLE}/clone/${id}?locale=vi`, { ...article({ title: 'Bản sao', slug: 'ban-sao' }) });
    expect(copy.status, JSON.stringify(copy.body).slice(0, 300)).toBe(200);
    expect((await draftRow(copy.body.data.documentId)).reviewState).toBeNull();
  });
});
