import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { ADMIN_TEXT as TEXT, BUILD_RESULT, bracketed } from '../messages';
import { tableCell as cell } from '../page-styles';
import { BUILD_STATE } from '../desk/text';

/**
 * "Trạng thái dựng" in the admin menu: each column's latest build as the build service reports it,
 * through the CMS (which shows a body's editors their own column only). Plain table, refreshed every
 * ten seconds, so an editor who just published sees the column go live or the reason it did not.
 */
type BodyStatus = {
  slug: string;
  result: 'built' | 'unchanged' | 'failed' | 'held';
  at: string;
  seconds: number;
  pages: number | null;
  error: string | null;
  live: { release: string | null; since: string | null };
};
type Answer =
  | { available: false; reason: string }
  | { available: true; state: string; bodies: Record<string, BodyStatus>; names?: Record<string, { vi: string; en: string }> };

const MARK: Record<BodyStatus['result'], string> = { built: '✓', unchanged: '=', held: '⏸', failed: '✗' };
const result = (code: BodyStatus['result']) => `${MARK[code]} ${bracketed(BUILD_RESULT.labels[code])}`;
const HEADINGS = (['column', 'result', 'when', 'took', 'pages', 'liveRelease'] as const).map((key) => bracketed(TEXT.pair(key)));
/** "Sẵn sàng (ready)": what the service is doing, in words; a state this page does not know is shown as sent. */
const stateWords = (state: string) =>
  state in BUILD_STATE.labels ? bracketed(BUILD_STATE.labels[state as keyof typeof BUILD_STATE.labels]) : state;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');

export default function BuildStatus() {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    let stopped = false;
    const load = () =>
      get<Answer>('/column57/build-status')
        .then(({ data }) => {
          if (stopped) return;
          setAnswer(data);
          setProblem(null);
        })
        .catch((error: Error) => !stopped && setProblem(error.message));
    load();
    const timer = setInterval(load, 10_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [get]);
  const nameOf = (slug: string) => (answer?.available && answer.names?.[slug]?.vi) || slug;
  const bodies = answer?.available
    ? Object.values(answer.bodies).sort(
        (a, b) => Number(b.result === 'failed') - Number(a.result === 'failed') || nameOf(a.slug).localeCompare(nameOf(b.slug), 'vi'),
      )
    : [];
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'buildStatusTitle')}</h1>
      <p style={{ color: '#666687', marginBottom: 24 }}>{TEXT.t('en', 'buildStatusIntro')}</p>
      {problem && (
        <p role="alert">
          {TEXT.both('loadFailed')}: {problem}
        </p>
      )}
      {answer && !answer.available && (
        <p role="status">
          {TEXT.both('noBuildService')}: {answer.reason}
        </p>
      )}
      {answer?.available && (
        <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
          <caption style={{ textAlign: 'left', marginBottom: 8 }}>
            {TEXT.both('buildService')}: {stateWords(answer.state)}
          </caption>
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
            {bodies.map((b) => (
              <tr key={b.slug} style={b.result === 'failed' ? { background: '#fcecea' } : undefined}>
                <th scope="row" style={cell}>
                  {nameOf(b.slug)}
                </th>
                <td style={cell}>
                  {result(b.result)}
                  {b.error && (
                    <details>
                      <summary>{bracketed(TEXT.pair('errorDetails'))}</summary>
                      <pre style={{ whiteSpace: 'pre-wrap' }}>{b.error.slice(0, 4000)}</pre>
                    </details>
                  )}
                </td>
                <td style={cell}>{when(b.at)}</td>
                <td style={cell}>{b.seconds.toFixed(1)} s</td>
                <td style={cell}>{b.pages ?? '—'}</td>
                {/* The release readers see, by when it went live: its id means nothing to an editor. */}
                <td style={cell} title={b.live.release ?? undefined}>
                  {when(b.live.since)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
