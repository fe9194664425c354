import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { AUDIT_ACTION } from '../../audit/messages';
import { AUDIT_PAGE_TEXT as TEXT } from '../audit-text';
import { bracketed } from '../messages';
import type { ValueKind } from '../../value-kind';
import { readableValue } from '../readable-value';
import { secondaryButton as button, tableCell as cell } from '../page-styles';

/**
 * "Nhật ký thao tác" in the admin menu: a month of the audit log as the server scopes it (a publisher sees
 * their body's, the administrator everything), filtered by person, type and action, and downloadable.
 */
interface Entry {
  id: number;
  at: string;
  userEmail: string | null;
  userName: string | null;
  action: string;
  type: string;
  documentId: string | null;
  locale: string | null;
  title: string | null;
  address: string | null;
  changes: Record<string, { before?: unknown; after?: unknown; secret?: true }>;
  /** The type's and the fields' names as editors know them (audit/names.ts). */
  typeName: string;
  fieldNames: Record<string, string>;
  fieldKinds: Record<string, ValueKind>;
}

const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const isAction = (code: string): code is (typeof AUDIT_ACTION.codes)[number] => (AUDIT_ACTION.codes as readonly string[]).includes(code);
const HEADINGS = (['when', 'user', 'action', 'type', 'title2', 'address', 'changes'] as const).map((k) => bracketed(TEXT.pair(k)));

function Changes({ entry }: { entry: Entry }) {
  const names = Object.keys(entry.changes);
  if (!names.length) return <>—</>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {names.map((name) => {
        const change = entry.changes[name];
        return (
          <li key={name}>
            {entry.fieldNames[name] ?? name}:{' '}
            {change.secret ? (
              <em>{bracketed(TEXT.pair('changed'))}</em>
            ) : (
              <>
                <del>{readableValue(change.before, entry.fieldKinds[name]).slice(0, 300)}</del> →{' '}
                <ins>{readableValue(change.after, entry.fieldKinds[name]).slice(0, 300)}</ins>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default function AuditLog() {
  const { get } = useFetchClient();
  const initial = new URLSearchParams(window.location.search);
  const [month, setMonth] = React.useState(initial.get('month') ?? thisMonth());
  const [user, setUser] = React.useState('');
  const [type, setType] = React.useState('');
  const [action, setAction] = React.useState('');
  const [entries, setEntries] = React.useState<Entry[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const query = new URLSearchParams({ month, ...(user && { user }), ...(type && { type }), ...(action && { action }) }).toString();

  React.useEffect(() => {
    let stale = false;
    get<{ entries: Entry[] }>(`/column57/audit?${query}`)
      .then(({ data }) => !stale && (setEntries(data.entries), setProblem(null)))
      .catch((error: any) => !stale && setProblem(error?.response?.data?.error?.message ?? error.message));
    return () => {
      stale = true;
    };
  }, [get, query]);

  const download = async (format: 'csv' | 'xlsx') => {
    const { data } = await get<Blob>(`/column57/audit/export?${query}&format=${format}`, { responseType: 'blob' } as any);
    const url = URL.createObjectURL(data);
    const a = document.createElement('a');
    a.href = url;
    a.download = `nhat-ky-thao-tac-${month}.${format}`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const typeNames = new Map((entries ?? []).map((e) => [e.type, e.typeName]));
  const types = [...typeNames.keys()].sort((a, b) => String(typeNames.get(a)).localeCompare(String(typeNames.get(b)), 'vi'));
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'title')}</h1>
      <p style={{ color: '#666687', marginBottom: 16 }}>{TEXT.t('vi', 'intro')}</p>
      <form style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginBottom: 16 }} onSubmit={(e) => e.preventDefault()}>
        <label>
          {bracketed(TEXT.pair('month'))}{' '}
          <input type="month" value={month} max={thisMonth()} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <label>
          {bracketed(TEXT.pair('user'))} <input type="email" value={user} onChange={(e) => setUser(e.target.value.trim())} />
        </label>
        <label>
          {bracketed(TEXT.pair('type'))}{' '}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{bracketed(TEXT.pair('all'))}</option>
            {[...new Set([...types, type].filter(Boolean))].map((t) => (
              <option key={t} value={t}>
                {typeNames.get(t) ?? t}
              </option>
            ))}
          </select>
        </label>
        <label>
          {bracketed(TEXT.pair('action'))}{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{bracketed(TEXT.pair('all'))}</option>
            {AUDIT_ACTION.codes.map((code) => (
              <option key={code} value={code}>
                {bracketed(AUDIT_ACTION.labels[code])}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p>
        <button type="button" style={button} onClick={() => void download('csv')}>
          {TEXT.t('vi', 'exportCsv')}
        </button>
        <button type="button" style={button} onClick={() => void download('xlsx')}>
          {TEXT.t('vi', 'exportXlsx')}
        </button>
      </p>
      {problem && (
        <p role="alert" style={{ color: '#b72b1a' }}>
          {TEXT.both('loadFailed')}: {problem}
        </p>
      )}
      {entries && !entries.length && <p role="status">{TEXT.both('none')}</p>}
      {entries && entries.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
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
            {entries.map((e) => (
              <tr key={e.id}>
                <td style={cell}>{when(e.at)}</td>
                <td style={cell}>{e.userEmail ?? bracketed(TEXT.pair('system'))}</td>
                <td style={cell}>{isAction(e.action) ? bracketed(AUDIT_ACTION.labels[e.action]) : e.action}</td>
                <td style={cell} data-audit-type={e.type}>
                  {e.typeName}
                  {e.locale ? ` (${e.locale})` : ''}
                </td>
                <td style={cell}>{e.title ?? '—'}</td>
                <td style={cell}>{e.address ?? '—'}</td>
                <td style={cell}>
                  <Changes entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
