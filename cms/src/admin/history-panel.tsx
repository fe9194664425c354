import * as React from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient } from '@strapi/strapi/admin';
import { AUDIT_PAGE_TEXT as TEXT } from './audit-text';
import { bracketed } from './messages';
import { useRefetchOpenEntry } from './open-entry';
import { secondaryButton as button } from './page-styles';
import type { ValueKind } from '../value-kind';
import { readableValue } from './readable-value';

/** The types whose published versions are kept (the server's history/store.ts says the same and decides). */
const WITH_HISTORY = ['api::article.article', 'api::resolution-document.resolution-document', 'api::campaign.campaign'];

interface Version {
  version: number;
  at: string;
  userEmail: string | null;
  title: string | null;
}
interface FieldDiff {
  name: string;
  /** The form's label for the field ("Tiêu đề (title)"), and how its values read (value-kind.ts). */
  label: string;
  kind?: ValueKind;
  before: unknown;
  after: unknown;
  parts?: Array<{ value: string; added: boolean; removed: boolean }>;
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
/** The locale the edit view shows, as the content manager puts it in the address. */
const currentLocale = () => new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? 'vi';

/** Two versions side by side: the older on the left with removed words struck, the newer with added words marked. */
function Comparison({ fields }: { fields: FieldDiff[] }) {
  if (!fields.length) return <p>{TEXT.both('noDifference')}</p>;
  // Options and yes/no are shown whole by their names: a word diff of two codes would show the codes.
  const byWords = (f: FieldDiff) => f.parts && !f.kind;
  const side = (f: FieldDiff, older: boolean) =>
    byWords(f)
      ? f
          .parts!.filter((p) => (older ? !p.added : !p.removed))
          .map((p, i) =>
            p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>,
          )
      : readableValue(older ? f.before : f.after, f.kind);
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name} style={{ borderTop: '1px solid #dcdce4' }}>
            <th scope="row" style={{ textAlign: 'left', verticalAlign: 'top', padding: 4 }}>
              {f.label}
            </th>
            <td style={{ verticalAlign: 'top', padding: 4, width: '45%', whiteSpace: 'pre-wrap' }}>{side(f, true)}</td>
            <td style={{ verticalAlign: 'top', padding: 4, width: '45%', whiteSpace: 'pre-wrap' }}>{side(f, false)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ model, collectionType, documentId }: { model: string; collectionType: string; documentId: string }) {
  const { get, post } = useFetchClient();
  const refetchForm = useRefetchOpenEntry(model, collectionType, documentId);
  const locale = currentLocale();
  const base = `/column57/history/${model}/${documentId}`;
  const [versions, setVersions] = React.useState<Version[] | null>(null);
  const [from, setFrom] = React.useState<number | null>(null);
  const [to, setTo] = React.useState<number | null>(null);
  const [fields, setFields] = React.useState<FieldDiff[] | null>(null);
  const [message, setMessage] = React.useState<string | null>(null);
  const fail = (error: any) => setMessage(error?.response?.data?.error?.message ?? error.message);

  React.useEffect(() => {
    get<{ versions: Version[] }>(`${base}?locale=${locale}`)
      .then(({ data }) => {
        setVersions(data.versions);
        const n = data.versions.length;
        // The two latest versions are compared first: usually what an editor wants to see.
        if (n >= 2) {
          setFrom(data.versions[n - 2].version);
          setTo(data.versions[n - 1].version);
        }
      })
      .catch(fail);
  }, [get, base, locale]);

  const compare = () =>
    get<{ fields: FieldDiff[] }>(`${base}/compare?locale=${locale}&from=${from}&to=${to}`)
      .then(({ data }) => setFields(data.fields))
      .catch(fail);
  const restore = async (n: number) => {
    if (!window.confirm(`${TEXT.t('vi', 'restoreQuestion', { n })}\n${TEXT.t('en', 'restoreQuestion', { n })}`)) return;
    try {
      await post(`${base}/restore?locale=${locale}`, { version: n });
      setMessage(TEXT.both('restored', { n }));
      // The form shows the restored draft at once, not the one it had loaded.
      refetchForm();
    } catch (error) {
      fail(error);
    }
  };

  if (!versions) return message ? <p role="alert">{message}</p> : null;
  if (!versions.length) return <p>{TEXT.both('historyEmpty')}</p>;
  const versionLabel = (n: number | null) => bracketed(TEXT.pair('version', { n: n ?? 0 }));
  const choose = (value: number | null, set: (n: number) => void, label: string) => (
    <select aria-label={label} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
      {versions.map((v) => (
        <option key={v.version} value={v.version}>
          {v.version}
        </option>
      ))}
    </select>
  );
  return (
    <div style={{ fontSize: 14, width: '100%' }}>
      {message && <p role="status">{message}</p>}
      <ol style={{ paddingLeft: 16 }}>
        {versions.map((v) => (
          <li key={v.version} style={{ marginBottom: 6 }}>
            <strong>{TEXT.t('vi', 'version', { n: v.version })}</strong> · {when(v.at)} · {v.userEmail ?? '—'}
            <br />
            <span>{v.title}</span>
            <br />
            <button type="button" style={button} onClick={() => void restore(v.version)}>
              {TEXT.t('vi', 'restore')}
            </button>
          </li>
        ))}
      </ol>
      {versions.length >= 2 && (
        <p>
          {TEXT.t('vi', 'compare')} {choose(from, setFrom, versionLabel(from))} {TEXT.t('vi', 'compareWith')}{' '}
          {choose(to, setTo, versionLabel(to))}{' '}
          <button type="button" style={button} onClick={() => void compare()}>
            {TEXT.t('vi', 'compare')}
          </button>
        </p>
      )}
      {fields && <Comparison fields={fields} />}
    </div>
  );
}

function HistoryOfForm() {
  const { model, collectionType, id } = useContentManagerContext() as { model: string; collectionType: string; id?: string };
  if (!id || id === 'create') return <p>{TEXT.both('saveFirst')}</p>;
  return <History model={model} collectionType={collectionType} documentId={id} />;
}

/** The edit view's side panel for the types that keep their published versions. */
export function HistoryPanel({ model }: { model: string }) {
  if (!WITH_HISTORY.includes(model)) return null;
  return { title: bracketed(TEXT.pair('historyTitle')), content: <HistoryOfForm /> };
}
