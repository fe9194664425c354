import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { AUDIT_PAGE_TEXT } from '../audit-text';
import { ADMIN_TEXT as TEXT, bracketed } from '../messages';
import { secondaryButton as button, tableCell as cell } from '../page-styles';
import { DESK_ADMIN_TEXT, vnTime } from '../desk/text';

/**
 * "Báo cáo Chương trình 1169" in the admin menu. A body's people see their monthly reports: the
 * editor fills a draft in the content manager, the publisher submits it here, and a submitted report
 * is amended as a new version. MST and administrators also see the national dashboard, which the
 * server renders (the same page that prints), so the screen and every export show the same figures.
 */
type Version = {
  documentId: string;
  month: string;
  version: number;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
  submittedBy: string | null;
  late: boolean;
  amendmentReason: string | null;
  /** When the month's period ends: the server refuses a submission before then, so the page offers none. */
  opensAt: string;
};
type Overview = {
  month: string;
  account: { kind: string; body: { slug: string; nameVi: string; nameEn: string } | null; canSubmit: boolean; national: boolean };
  reports: Version[];
};

const REPORT_UID = 'api::monthly-report.monthly-report';
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');
const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
const HEADINGS = (['month', 'version', 'status', 'submittedAt', 'actions'] as const).map((key) => bracketed(TEXT.pair(key)));
/** "Nộp báo cáo 2026-11? Bản đã nộp được giữ nguyên; muốn sửa thì tạo bản sửa đổi. Submit? …" */
const submitQuestion = (month: string) =>
  `${TEXT.t('vi', 'submitReport')} ${month}? ${TEXT.t('vi', 'frozenOnceSubmitted')} ` +
  `${TEXT.t('en', 'submitReport')}? ${TEXT.t('en', 'frozenOnceSubmitted')}`;
/** "Đã nộp báo cáo 2026-11 / submitted": what an action did, said once it is done. */
const done = (key: 'reportSubmitted' | 'amendmentDrafted', month: string) => `${TEXT.t('vi', key)} ${month} / ${TEXT.t('en', key)}`;

export default function Reporting() {
  const { get, post } = useFetchClient();
  const [month, setMonth] = React.useState(thisMonth());
  const [overview, setOverview] = React.useState<Overview | null>(null);
  const [dashboard, setDashboard] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<Overview>(`/column57/reporting/overview?month=${month}`);
      setOverview(data);
      if (data.account.national) {
        const html = await get<string>(`/column57/reporting/national?month=${month}&format=html`, { responseType: 'text' } as any);
        // The server's page, shown in a sandboxed frame: its print styles stay its own, and it runs nothing.
        setDashboard(String(html.data));
      }
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  }, [get, month]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const act = async (path: string, body: unknown, done: string) => {
    setMessage(null);
    try {
      await post(path, body);
      setMessage({ kind: 'ok', text: done });
      await load();
    } catch (error: any) {
      setMessage({ kind: 'error', text: error?.response?.data?.error?.message ?? error.message });
    }
  };

  const download = async (path: string, filename: string) => {
    const { data } = await get<Blob>(path, { responseType: 'blob' } as any);
    const url = URL.createObjectURL(data);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
  };

  const latestOf = (m: string) => overview?.reports.filter((r) => r.month === m).sort((a, b) => b.version - a.version)[0];
  const body = overview?.account.body;
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'reportingTitle')}</h1>
      <p style={{ color: '#666687', marginBottom: 16 }}>{TEXT.t('en', 'reportingIntro')}</p>
      <label>
        {bracketed(TEXT.pair('month'))}{' '}
        <input type="month" value={month} max={thisMonth()} onChange={(e) => e.target.value && setMonth(e.target.value)} />
      </label>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ color: message.kind === 'error' ? '#b72b1a' : '#328048', whiteSpace: 'pre-wrap' }}
        >
          {message.text}
        </p>
      )}

      {overview && !body && !overview.account.national && (
        <p role="status">
          {TEXT.t('vi', 'noReporting')} {TEXT.t('en', 'noReporting')}
        </p>
      )}

      {body && (
        <section aria-labelledby="own-reports">
          <h2 id="own-reports" style={{ fontSize: 20, fontWeight: 600, margin: '24px 0 8px' }}>
            {body.nameVi} <small>({body.nameEn})</small>
          </h2>
          <p>
            <button
              type="button"
              style={button}
              onClick={() =>
                download(`/column57/reporting/bodies/${body.slug}?month=${month}&format=html`, `bao-cao-${body.slug}-${month}.html`)
              }
            >
              {TEXT.t('vi', 'printA4')} (HTML)
            </button>
            <button
              type="button"
              style={button}
              onClick={() =>
                download(`/column57/reporting/bodies/${body.slug}?month=${month}&format=xlsx`, `bao-cao-${body.slug}-${month}.xlsx`)
              }
            >
              Excel (XLSX)
            </button>
            <button
              type="button"
              style={button}
              onClick={() =>
                download(`/column57/reporting/bodies/${body.slug}?month=${month}&format=csv`, `bao-cao-${body.slug}-${month}.csv`)
              }
            >
              CSV
            </button>
            {overview?.account.canSubmit && (
              // The month's audit log sits beside the month's report: what was done, by whom, to produce it.
              <a href={`${window.location.pathname.replace(/reporting\/?$/, 'audit')}?month=${month}`} style={button}>
                {bracketed(AUDIT_PAGE_TEXT.pair('monthLog'))}
              </a>
            )}
          </p>
          <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
            <caption style={{ textAlign: 'left', marginBottom: 8 }}>{bracketed(TEXT.pair('reportsAndVersions'))}</caption>
            <thead>
              <tr>
                {HEADINGS.map((h) => (
                  <th key={h} scope="col" style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview!.reports.map((r) => {
                const latest = latestOf(r.month)?.documentId === r.documentId;
                return (
                  <tr key={r.documentId}>
                    <th scope="row" style={cell}>
                      {r.month}
                    </th>
                    <td style={cell}>
                      {r.version}
                      {r.amendmentReason && (
                        <>
                          <br />
                          <small>
                            {TEXT.t('vi', 'amendment')}: {r.amendmentReason}
                          </small>
                        </>
                      )}
                    </td>
                    <td style={cell}>
                      {r.status === 'submitted'
                        ? `${bracketed(TEXT.pair('submitted'))}${r.late ? `, ${bracketed(TEXT.pair('late'))}` : ''}`
                        : bracketed(TEXT.pair('draft'))}
                    </td>
                    <td style={cell}>
                      {when(r.submittedAt)}
                      <br />
                      <small>{r.submittedBy ?? ''}</small>
                    </td>
                    <td style={cell}>
                      {r.status === 'draft' && (
                        <a style={button} href={`/admin/content-manager/collection-types/${REPORT_UID}/${r.documentId}`}>
                          {bracketed(TEXT.pair('enterFigures'))}
                        </a>
                      )}
                      {r.status === 'draft' && overview!.account.canSubmit && Date.now() < Date.parse(r.opensAt) && (
                        <p style={{ color: '#666687', margin: '4px 0' }}>
                          {DESK_ADMIN_TEXT.t('vi', 'submitOpensAt', { when: vnTime(r.opensAt) })}
                        </p>
                      )}
                      {r.status === 'draft' && overview!.account.canSubmit && Date.now() >= Date.parse(r.opensAt) && (
                        <button
                          type="button"
                          style={button}
                          onClick={() =>
                            window.confirm(submitQuestion(r.month)) &&
                            act(`/column57/reporting/reports/${r.documentId}/submit`, {}, done('reportSubmitted', r.month))
                          }
                        >
                          {bracketed(TEXT.pair('submit'))}
                        </button>
                      )}
                      {r.status === 'submitted' && latest && (
                        <button
                          type="button"
                          style={button}
                          onClick={() => {
                            const reason = window.prompt(`${bracketed(TEXT.pair('amendmentReason'))}?`);
                            if (reason)
                              void act(`/column57/reporting/reports/${r.documentId}/amend`, { reason }, done('amendmentDrafted', r.month));
                          }}
                        >
                          {bracketed(TEXT.pair('amend'))}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {overview?.account.national && (
        <section aria-labelledby="national" style={{ marginTop: 32 }}>
          <h2 id="national" style={{ fontSize: 20, fontWeight: 600, marginBottom: 8 }}>
            {bracketed(TEXT.pair('national'))}
          </h2>
          <p>
            <button
              type="button"
              style={button}
              onClick={() => download(`/column57/reporting/national?month=${month}&format=xlsx`, `bao-cao-tong-hop-${month}.xlsx`)}
            >
              Excel (XLSX)
            </button>
            <button
              type="button"
              style={button}
              onClick={() => download(`/column57/reporting/national?month=${month}&format=csv`, `bao-cao-tong-hop-${month}.csv`)}
            >
              CSV
            </button>
            <button
              type="button"
              style={button}
              onClick={() => download(`/column57/reporting/national?month=${month}&format=html`, `bao-cao-tong-hop-${month}.html`)}
            >
              {TEXT.t('vi', 'printA4')} (HTML)
            </button>
          </p>
          {dashboard && (
            <iframe
              title={`${TEXT.t('vi', 'nationalDashboard')} ${month} (${TEXT.t('en', 'nationalDashboard')})`}
              srcDoc={dashboard}
              sandbox=""
              style={{ width: '100%', height: '80vh', border: '1px solid #dcdce4', background: '#fff' }}
            />
          )}
        </section>
      )}
    </main>
  );
}
