import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { AUDIENCE, SUBSCRIPTION_FREQUENCY, SUBSCRIPTION_SCOPE } from '@column57/snapshot/vocabulary';
import { bracketed } from '../messages';
import { SUBSCRIBERS_PAGE_TEXT as TEXT } from '../../subscriptions/page-text';

/**
 * "Người đăng ký nhận tin": the body's list of readers subscribed by mail, for its publishers. The server
 * answers with the caller's own body's list only (subscriptions/routes.ts) and refuses everyone else.
 */
type Row = {
  email: string;
  scope: (typeof SUBSCRIPTION_SCOPE.codes)[number];
  scopeValue: string | null;
  frequency: (typeof SUBSCRIPTION_FREQUENCY.codes)[number];
  language: 'vi' | 'en';
  confirmed: boolean;
  confirmedAt: string | null;
};
type Answer = { data: Row[]; meta: { total: number; confirmed: number } };

const cell: React.CSSProperties = { padding: '8px 12px', borderBottom: '1px solid #eaeaef', textAlign: 'left' };

function what(row: Row): string {
  const scope = SUBSCRIPTION_SCOPE.labels[row.scope]?.vi ?? row.scope;
  if (row.scope === 'audience' && row.scopeValue) {
    const audience = AUDIENCE.labels[row.scopeValue as (typeof AUDIENCE.codes)[number]];
    return `${scope}: ${audience?.vi ?? row.scopeValue}`;
  }
  return row.scope === 'topic' && row.scopeValue ? `${scope}: ${row.scopeValue}` : scope;
}

export default function Subscribers() {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<Answer>('/column57/subscribers')
      .then(({ data }) => setAnswer(data))
      .catch((e: any) => setError(`${TEXT.both('loadFailed')}: ${e?.response?.data?.error?.message ?? e.message}`));
  }, [get]);
  const download = async () => {
    // Through the panel's own client, so the session's token goes with it; saved as the file the server names.
    const { data } = await get<Blob>('/column57/subscribers?format=csv', { responseType: 'blob' } as any);
    const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([String(data)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'subscribers.csv';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'title')}</h1>
      <p style={{ color: '#666687', marginBottom: 24, maxWidth: 820 }}>
        {TEXT.t('vi', 'intro')}
        <br />
        <span lang="en">{TEXT.t('en', 'intro')}</span>
      </p>
      {error && <p role="alert">{error}</p>}
      {answer && (
        <section style={{ background: '#fff', padding: 24, borderRadius: 4, maxWidth: 1100 }}>
          <p role="status">{TEXT.t('vi', 'counts', answer.meta)}</p>
          {answer.data.length ? (
            <table style={{ borderCollapse: 'collapse', width: '100%', margin: '12px 0' }}>
              <thead>
                <tr>
                  {(['email', 'what', 'how', 'language', 'since'] as const).map((key) => (
                    <th key={key} scope="col" style={cell}>
                      {bracketed(TEXT.pair(key))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {answer.data.map((row) => (
                  <tr key={`${row.email}:${row.scope}:${row.scopeValue ?? ''}`}>
                    <td style={cell}>{row.email}</td>
                    <td style={cell}>{what(row)}</td>
                    <td style={cell}>{SUBSCRIPTION_FREQUENCY.labels[row.frequency]?.vi ?? row.frequency}</td>
                    <td style={cell}>{row.language}</td>
                    <td style={cell}>
                      {row.confirmedAt ? new Date(row.confirmedAt).toLocaleDateString('vi-VN') : TEXT.t('vi', 'notConfirmed')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{TEXT.both('none')}</p>
          )}
          <button
            type="button"
            onClick={() => void download()}
            style={{ marginTop: 12, padding: '8px 16px', background: '#4945ff', color: '#fff', border: 0, borderRadius: 4 }}
          >
            {bracketed(TEXT.pair('download'))}
          </button>
        </section>
      )}
    </main>
  );
}
