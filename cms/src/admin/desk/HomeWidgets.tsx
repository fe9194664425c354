import * as React from 'react';
import type { DeskItem, MonthReport, MyColumn } from '../../desk/answers';
import { useFetchClient } from '@strapi/strapi/admin';
import { ADMIN_TEXT, BUILD_RESULT } from '../messages';
import { DESK_ADMIN_TEXT as TEXT, editHref, vnDay, vnTime } from './text';

/**
 * The editor's home widgets. Each reads one desk route (cms/src/desk/routes.ts), which answers with the
 * caller's own body's work only; the widget shows it in Vietnamese.
 */
type Item = DeskItem;
interface ColumnAnswer {
  column: Omit<MyColumn, 'nameEn'> | null;
  report: Omit<MonthReport, 'version'> | null;
}

const muted: React.CSSProperties = { color: '#666687', fontSize: 13 };
const list: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0, width: '100%' };
const row: React.CSSProperties = { padding: '6px 0', borderBottom: '1px solid #eaeaef' };

/** One desk route's answer, or the reason it could not be had. */
function useDesk<T>(path: string): { data: T | null; problem: string | null } {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data: T | null; problem: string | null }>({ data: null, problem: null });
  React.useEffect(() => {
    let stale = false;
    get<{ data: T }>(path)
      .then(({ data }) => !stale && setState({ data: data.data, problem: null }))
      .catch((error: Error) => !stale && setState({ data: null, problem: error.message }));
    return () => {
      stale = true;
    };
  }, [get, path]);
  return state;
}

function Items({ path, empty, when }: { path: string; empty: string; when: (item: Item) => string }) {
  const { data, problem } = useDesk<Item[]>(path);
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!data) return null;
  if (!data.length) return <p style={muted}>{empty}</p>;
  return (
    <ul style={list}>
      {data.map((item) => (
        <li key={`${item.uid}|${item.documentId}|${item.locale}`} style={row}>
          <a href={editHref(item.uid, item.documentId, item.locale)}>{item.title || TEXT.t('vi', 'untitled')}</a>
          <br />
          <span style={muted}>{when(item)}</span>
        </li>
      ))}
    </ul>
  );
}

export function MyDraftsWidget() {
  return (
    <Items
      path="/column57/desk/my-drafts"
      empty={TEXT.t('vi', 'myDraftsEmpty')}
      when={(item) => TEXT.t('vi', 'savedAt', { when: vnTime(item.updatedAt) })}
    />
  );
}

export function ScheduledWidget() {
  return (
    <Items
      path="/column57/desk/scheduled"
      empty={TEXT.t('vi', 'scheduledEmpty')}
      when={(item) => TEXT.t('vi', 'goesLive', { when: vnTime(item.publishAt) })}
    />
  );
}

export function MyColumnWidget() {
  const { data, problem } = useDesk<ColumnAnswer>('/column57/desk/my-column');
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!data) return null;
  const column = data.column;
  if (!column) return <p style={muted}>{TEXT.t('vi', 'noColumn')}</p>;
  const build = column.lastBuild;
  return (
    <div style={{ width: '100%' }}>
      <p style={{ fontWeight: 600 }}>{column.nameVi}</p>
      <p>
        {column.url ? (
          <a href={column.url} target="_blank" rel="noreferrer">
            {TEXT.t('vi', 'openColumn')}: {column.url}
          </a>
        ) : (
          <span style={muted}>{TEXT.t('vi', 'noAddress')}</span>
        )}
      </p>
      <p style={muted}>
        {TEXT.t('vi', 'lastBuild')}:{' '}
        {build
          ? `${BUILD_RESULT.labels[build.result as keyof typeof BUILD_RESULT.labels]?.vi ?? build.result}, ${vnTime(build.at)}` +
            (build.pages !== null ? `, ${TEXT.t('vi', 'buildPages', { pages: build.pages })}` : '')
          : TEXT.t('vi', 'noBuildKnown')}
      </p>
    </div>
  );
}

export function MonthReportWidget() {
  const { data, problem } = useDesk<ColumnAnswer>('/column57/desk/my-column');
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!data) return null;
  const report = data.report;
  if (!report) return <p style={muted}>{TEXT.t('vi', 'noColumn')}</p>;
  const [year, month] = report.month.split('-');
  const status = { draft: ADMIN_TEXT.t('vi', 'draft'), submitted: ADMIN_TEXT.t('vi', 'submitted'), missing: TEXT.t('vi', 'reportMissing') }[
    report.status
  ];
  return (
    <div style={{ width: '100%' }}>
      <p style={{ fontWeight: 600 }}>{TEXT.t('vi', 'reportOf', { month: `${month}/${year}` })}</p>
      <p>
        {status}
        {report.overdue && <strong style={{ color: '#b72b1a' }}> · {TEXT.t('vi', 'reportOverdue')}</strong>}
      </p>
      <p>{TEXT.t('vi', 'dueOn', { day: vnDay(report.dueDay) })}</p>
      {report.status !== 'submitted' && Date.now() < Date.parse(report.opensAt) && (
        <p style={muted}>{TEXT.t('vi', 'opensOn', { when: vnTime(report.opensAt) })}</p>
      )}
      {report.documentId && (
        <a href={editHref('api::monthly-report.monthly-report', report.documentId, null)}>{TEXT.t('vi', 'openReport')}</a>
      )}
    </div>
  );
}
