import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { QUIET_WRITES, ROUTES, UNLOGGED_TABLES } from './route-inventory.ts';
import { ACCOUNT_TYPES, OWNED_TYPES, REPORTING_TYPES } from '../../cms/src/access/owned-types.ts';

// Every route the running Strapi registers is either probed here, as accounts of another body with that
// body's ids in every place an id can go, or listed as safe with a reason (route-inventory.ts). A probe
// passes when the answer carries none of the other body's secrets and nothing it owns changed.

// Every type the ownership declaration puts behind the guards, so a type added there is probed here too (and
// fails below until the seed or `missing` gives MST a row of it).
const GUARDED: string[] = [...OWNED_TYPES, ...REPORTING_TYPES];
const SUBSCRIPTION = 'api::subscription.subscription';
const WATCHED = [...GUARDED, 'plugin::upload.file', 'plugin::upload.folder', ...ACCOUNT_TYPES, 'api::body.body', SUBSCRIPTION];
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The same rows as the same text: populated relations arrive in whichever order their queries finish. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object' && !(value instanceof Date)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

/** "GET /path" for every route, a route registered for every method as "ALL /path". */
export function registeredRoutes(cms: RunningCms): string[] {
  const keys = new Set<string>();
  for (const layer of cms.strapi.server.listRoutes() as Array<{ path: string; methods: string[] }>) {
    const methods = layer.methods.filter((m) => m !== 'HEAD');
    if (methods.length > 10) keys.add(`ALL ${layer.path}`);
    else for (const method of methods) keys.add(`${method} ${layer.path}`);
  }
  return [...keys].sort();
}

describe.each(DATABASES)('every registered route keeps bodies apart (%s)', (database) => {
  let cms: RunningCms;
  // Hanoi's publisher is a province publisher (it manages Hanoi's communes); a commune of Hanoi has an editor too.
  let hanoiPublisher: AdminSession, hanoiEditor: AdminSession, communeEditor: AdminSession, national: AdminSession;
  const foreign: Record<string, { id: number; documentId: string }> = {};
  let file: { id: number }, folder: { id: number };
  const secrets = {
    draft: 'Tuyệt mật: dự thảo của Bộ về quỹ đổi mới sáng tạo đặc biệt',
    report: 'Khó khăn nội bộ chỉ Bộ Khoa học và Công nghệ được biết',
    file: 'anh-noi-bo-cua-bo-57.png',
    folder: 'Thư mục nội bộ của Bộ',
    task: '',
    taskCode: '',
    // A reader on MST's subscriber list: the list is MST's alone.
    subscriber: 'ban-doc.bi-mat@bo-khcn.test',
  };

  /** Everything the other body owns (in any locale, by any owner a row claims), as one hash: a probe must leave it as it was. */
  const mstDocumentIds: string[] = [];
  let mstUsers: number[] = [];
  async function fingerprint(): Promise<string> {
    const hash = createHash('sha256');
    for (const uid of WATCHED) {
      const attributes = (cms.strapi.db.metadata.get(uid) as any).attributes as Record<string, any>;
      // Links to national content are left out: a national editor may delete a national document, and
      // MST's articles that cited it lose the link by right.
      const relations = Object.entries(attributes).filter(([, a]) => a.type === 'relation' && a.target);
      const nationalCapable = (target: string) => Boolean((cms.strapi.db.metadata.get(target) as any)?.attributes?.national);
      const populate = Object.fromEntries(
        relations.map(([name, a]) => [name, { select: nationalCapable(a.target) ? ['id', 'national'] : ['id'] }]),
      );
      const where = GUARDED.includes(uid)
        ? { $or: [{ body: { slug: 'mst' } }, { documentId: { $in: mstDocumentIds } }] }
        : uid.startsWith('plugin::upload')
          ? { createdBy: { id: { $in: mstUsers } } }
          : {};
      const rows = await cms.strapi.db.query(uid as any).findMany({ where, populate, orderBy: { id: 'asc' } });
      for (const row of rows) {
        // PostgreSQL returns linked rows in no particular order.
        for (const [name] of relations) {
          if (Array.isArray(row[name])) row[name] = row[name].filter((r: any) => !r.national).sort((a: any, b: any) => a.id - b.id);
        }
      }
      hash.update(uid).update(JSON.stringify(canonical(rows)));
    }
    return hash.digest('hex');
  }

  /**
   * Where each table of the database stands (rows, highest id, latest update), in one query: a route that
   * moved any of them wrote something, and every write must leave an entry in the audit log.
   */
  let markQuery = '';
  async function tableMarks(): Promise<Map<string, string>> {
    const knex = cms.strapi.db.connection;
    if (!markQuery) {
      const names: string[] =
        database === 'sqlite'
          ? (await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).map((r: any) => r.name)
          : (await knex.raw('select tablename as name from pg_tables where schemaname = current_schema()')).rows.map((r: any) => r.name);
      const parts: string[] = [];
      for (const name of names.filter((n) => !UNLOGGED_TABLES[n]).sort()) {
        const columns = Object.keys(await knex(name).columnInfo());
        const id = columns.includes('id') ? 'max(id)' : 'null';
        const updated = columns.includes('updated_at') ? 'max(updated_at)' : 'null';
        parts.push(`select '${name}' as t, count(*) as c, ${id} as i, ${updated} as u from "${name}"`);
      }
      markQuery = parts.join(' union all ');
    }
    const rows = await knex.raw(markQuery);
    return new Map((database === 'sqlite' ? rows : rows.rows).map((r: any) => [r.t, `${r.c}:${r.i}:${r.u}`]));
  }
  const auditCount = async () => Number((await cms.strapi.db.connection('column57_audit_log').count({ n: '*' }))[0].n);

  /** Values for a route's parameters, aimed at the other body's content. */
  function fill(path: string, uid: string): string {
    const target = foreign[uid];
    const relation =
      Object.entries((cms.strapi.contentTypes as any)[uid].attributes).find(
        ([, a]: [string, any]) => a.type === 'relation' && a.target !== 'api::body.body',
      )?.[0] ?? 'body';
    return path.replace(/:([A-Za-z]+)(\([^)]*\))?/g, (_all, name: string) => {
      if (['model', 'uid', 'contentType'].includes(name)) return uid;
      if (name === 'targetField') return relation;
      if (name === 'slug') return 'mst';
      if (name === 'name') return 'shared';
      if (path.startsWith('/upload/folders') || path.startsWith('/api/upload/folders')) return String(folder.id);
      if (path.startsWith('/upload/') || path.startsWith('/api/upload/')) return String(file.id);
      if (path.startsWith('/content-manager/') || path.startsWith('/i18n/') || path.startsWith('/column57/')) return target.documentId;
      return '1';
    });
  }

  /** A body that names the other body's things in every field a route might read ids or data from. */
  function attackBody(uid: string) {
    const target = foreign[uid];
    return {
      documentId: target.documentId,
      documentIds: [target.documentId],
      id: target.id,
      ids: [target.id],
      model: uid,
      locale: 'vi',
      fileIds: [file.id],
      folderIds: [folder.id],
      destinationFolderId: null,
      parent: null,
      name: 'Chiếm quyền',
      title: 'Chiếm quyền',
      data: { documentId: target.documentId, title: 'Chiếm quyền' },
      contentTypeUID: uid,
      field: 'slug',
      value: 'x',
      reason: 'Sửa trái phép',
    };
  }

  const text = async (response: Response) =>
    (response.headers.get('content-type') ?? '').includes('json') || response.status >= 400
      ? await response.text()
      : `${response.status} ${response.headers.get('content-type')}`;

  async function call(session: AdminSession | null, method: string, path: string, body?: unknown) {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: {
        ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body && method !== 'GET' && method !== 'DELETE' ? JSON.stringify(body) : undefined,
      redirect: 'manual',
    });
    return { status: response.status, text: await text(response) };
  }

  beforeAll(async () => {
    // With the build hook's secret the outbox is on: its routes answer (refusing an admin session's bearer), and
    // every write the probes make goes through the notifier's transaction as in production.
    cms = await startCms({ database, seedBodies: ['hanoi', 'mst'], env: { COLUMN57_BUILD_HOOK_SECRET: 'khoa-kiem-ke-tuyen-57' } });
    const hanoi = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    await cms.strapi.documents('api::body.body').create({
      data: {
        nameVi: 'Phường Ba Đình',
        nameEn: 'Ba Dinh Ward',
        shortNameVi: 'Phường Ba Đình',
        shortNameEn: 'Ba Dinh Ward',
        slug: 'hanoi-ba-dinh',
        administrativeCode: '00004',
        parent: hanoi.documentId,
        publicBaseUrl: hanoi.publicBaseUrl,
        basePath: '/nghi-quyet-57/ba-dinh/',
        kindHistory: [{ kind: 'ward', effectiveFrom: '2025-07-01' }],
      },
    });
    communeEditor = await accountFor(cms, 'bientap@badinh.test', 'body-editor', 'hanoi-ba-dinh');
    let mstEditor: AdminSession;
    [hanoiPublisher, hanoiEditor, national, mstEditor] = await Promise.all([
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'toanquoc@column57.test', 'national-editor'),
      accountFor(cms, 'bientap@mst.test', 'body-editor', 'mst'),
    ]);
    const draft = await mstEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: secrets.draft,
      slug: 'tuyet-mat',
      summary: secrets.draft,
      content: secrets.draft,
      publishDate: '2026-11-20',
      channel: 'portal',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    // What the demo does not give MST, MST's editor writes (as drafts, so none of it is public).
    const missing: Record<string, Record<string, unknown>> = {
      'api::resolution-document.resolution-document': {
        number: '77/QĐ-BKHCN',
        title: secrets.draft,
        slug: '77-qd-bkhcn',
        docType: 'decision',
        issuer: 'Bộ Khoa học và Công nghệ',
        issueDate: '2026-10-01',
        legalStatus: 'in-force',
        summary: secrets.draft,
      },
      'api::campaign.campaign': {
        title: secrets.draft,
        slug: 'chien-dich-noi-bo',
        description: secrets.draft,
        startDate: '2026-11-01',
        endDate: '2026-12-31',
      },
      'api::honour.honour': { recipient: secrets.draft, kind: 'individual', reason: secrets.draft, date: '2026-11-01' },
      // A ministry targets no commune: its bulletin is broadcast nowhere, but it is MST's all the same.
      'api::radio-bulletin.radio-bulletin': {
        title: secrets.draft,
        script: secrets.draft,
        broadcastFrom: '2026-11-01',
        broadcastTo: '2026-11-07',
        broadcastTimes: '06:30',
      },
    };
    for (const [uid, data] of Object.entries(missing)) {
      if (await cms.strapi.db.query(uid as any).count({ where: { body: { slug: 'mst' } } })) continue;
      const created = await mstEditor.post(`${CM}/${uid}?locale=vi`, data);
      expect(created.status, `${uid}: ${JSON.stringify(created.body).slice(0, 300)}`).toBe(201);
    }
    for (const uid of GUARDED) {
      const row =
        uid === ARTICLE
          ? await cms.strapi.db.query(uid as any).findOne({ where: { documentId: draft.body.data.documentId } })
          : await cms.strapi.db.query(uid as any).findOne({
              where: { body: { slug: 'mst' }, ...(uid === 'api::st-task.st-task' ? { secret: true } : {}) },
              orderBy: { id: 'asc' },
            });
      expect(row, `the demo has MST content of type ${uid}`).toBeTruthy();
      foreign[uid] = { id: row.id, documentId: row.documentId };
      if (uid === 'api::st-task.st-task') {
        // Every body of the demo has the same tasks: MST's secret one gets words of its own.
        Object.assign(secrets, { task: 'Nhiệm vụ mật của Bộ về mã hoá lượng tử', taskCode: 'ĐTKHCN.MẬT.57' });
        await cms.strapi.db.query(uid as any).updateMany({
          where: { documentId: row.documentId },
          data: { title: secrets.task, code: secrets.taskCode },
        });
      }
      if (uid === 'api::monthly-report.monthly-report') {
        await cms.strapi.db.query(uid as any).updateMany({ where: { documentId: row.documentId }, data: { difficulties: secrets.report } });
      }
    }
    const mst = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'mst' } });
    await cms.strapi.db.query(SUBSCRIPTION).create({
      data: {
        email: secrets.subscriber,
        scope: 'column',
        frequency: 'daily',
        language: 'vi',
        confirmed: true,
        token: 'mst-doc-gia-bi-mat-0123456789',
        body: mst.id,
      },
    });
    const form = new FormData();
    form.append('files', new Blob([TINY_PNG], { type: 'image/png' }), secrets.file);
    form.append('fileInfo', JSON.stringify({ name: secrets.file, alternativeText: secrets.file }));
    const uploaded = await mstEditor.post('/upload', form);
    expect(uploaded.status).toBe(201);
    file = uploaded.body[0];
    const made = await mstEditor.post('/upload/folders', { name: secrets.folder, parent: null });
    expect(made.status).toBe(201);
    folder = made.body.data;
    for (const uid of GUARDED) {
      const rows = await cms.strapi.db.query(uid as any).findMany({ where: { body: { slug: 'mst' } }, select: ['documentId'] });
      mstDocumentIds.push(...rows.map((r: any) => r.documentId));
    }
    mstUsers = (
      await cms.strapi.db.query('api::membership.membership').findMany({ where: { body: { slug: 'mst' } }, populate: ['user'] })
    ).map((m: any) => m.user.id);
  });
  afterAll(async () => cms?.stop());

  it('every registered route is classified, and every classified route is registered', () => {
    const registered = registeredRoutes(cms);
    expect(
      registered.filter((r) => !(r in ROUTES)),
      'routes to review and classify in tests/cms/route-inventory.ts',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((r) => !registered.includes(r)),
      'classified routes Strapi no longer registers',
    ).toEqual([]);
  });

  it("no probed route gives another body's secrets to its editors, or changes what that body owns", async () => {
    const probed = registeredRoutes(cms).filter((route) => ROUTES[route] === 'probe');
    const leaks: string[] = [];
    const changes: string[] = [];
    const values = () => Object.values(secrets).filter(Boolean);
    const unlogged: string[] = [];
    let before = await fingerprint();
    for (const route of probed) {
      const marksBefore = await tableMarks();
      const entriesBefore = await auditCount();
      const [method, path] = route.split(' ');
      const models = /:(model|uid|contentType)\b/.test(path) ? GUARDED : [ARTICLE];
      for (const uid of models) {
        const url = `${fill(path, uid)}${path.includes('?') ? '&' : '?'}locale=vi${method === 'GET' ? '&status=draft' : ''}`;
        const actors: Array<[string, AdminSession | null]> = [
          ['hanoi publisher', hanoiPublisher],
          ['hanoi editor', hanoiEditor],
          ['hanoi commune editor', communeEditor],
          ['national editor', national],
          ['anonymous', null],
        ];
        // The accounts attack at once: what one changes is caught by the fingerprint after the route, whoever did it.
        const answers = await Promise.all(actors.map(([, session]) => call(session, method, url, attackBody(uid))));
        answers.forEach(({ status, text }, i) => {
          for (const secret of values())
            if (text.includes(secret)) leaks.push(`${route} [${uid}] as ${actors[i][0]} (${status}): "${secret}"`);
        });
      }
      const marksAfter = await tableMarks();
      const written = [...marksAfter.keys()].filter((t) => marksAfter.get(t) !== marksBefore.get(t));
      // The fingerprint reads every row MST owns (a third of the test's time when taken after each route); a
      // route that moved no table's count, highest id or latest update wrote nothing it could see, so it is
      // taken only after a route that did. A write that moves no mark is still caught by the last fingerprint
      // below; COLUMN57_FINGERPRINT_EACH_ROUTE=1 then takes it after every route, to name the route.
      if (written.length || process.env.COLUMN57_FINGERPRINT_EACH_ROUTE) {
        const after = await fingerprint();
        if (after !== before) changes.push(route);
        before = after;
      }
      if (written.length && (await auditCount()) === entriesBefore && !QUIET_WRITES[route])
        unlogged.push(`${route}: ${written.join(', ')}`);
    }
    if ((await fingerprint()) !== before) changes.push('a route that moved no table mark (COLUMN57_FINGERPRINT_EACH_ROUTE=1 names it)');
    expect(unlogged, 'routes that wrote to the database and left no entry in the audit log (see QUIET_WRITES)').toEqual([]);
    expect(leaks, "answers that carried another body's secrets").toEqual([]);
    expect(changes, "routes after which another body's content, media or memberships had changed").toEqual([]);
    // The probes reached real answers: the accounts were signed in throughout.
    for (const session of [hanoiPublisher, hanoiEditor, communeEditor, national])
      expect((await session.get('/admin/users/me')).status).toBe(200);
    // Some 2,000 requests and 200 snapshots of MST's rows: minutes on PostgreSQL while the other tests run.
  }, 900_000);
});
