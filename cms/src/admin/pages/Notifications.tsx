import * as React from 'react';
import type { Bilingual } from '@column57/i18n';
import { useFetchClient } from '@strapi/strapi/admin';
import { bracketed } from '../messages';
import { PREFERENCES_TEXT as TEXT } from '../../notifications/preferences-text';

/**
 * "Thông báo của tôi": which notification mails the signed-in account receives, one switch per kind.
 * The server keeps the choice per account and only ever answers with the caller's own.
 */
type Answer = { kinds: Array<{ code: string; label: Bilingual }>; preferences: Record<string, boolean> };

export default function Notifications() {
  const { get, put } = useFetchClient();
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [choice, setChoice] = React.useState<Record<string, boolean>>({});
  const [status, setStatus] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<Answer>('/column57/notification-preferences')
      .then(({ data }) => {
        setAnswer(data);
        setChoice(data.preferences);
      })
      .catch((error: Error) => setStatus(`${TEXT.both('loadFailed')}: ${error.message}`));
  }, [get]);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    try {
      const { data } = await put<Answer>('/column57/notification-preferences', { preferences: choice });
      setChoice(data.preferences);
      setStatus(TEXT.both('saved'));
    } catch (error) {
      setStatus(`${TEXT.both('saveFailed')}: ${(error as Error).message}`);
    }
  };
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'title')}</h1>
      <p style={{ color: '#666687', marginBottom: 24 }}>
        {TEXT.t('vi', 'intro')}
        <br />
        <span lang="en">{TEXT.t('en', 'intro')}</span>
      </p>
      {answer && (
        <form onSubmit={save} style={{ background: '#fff', padding: 24, borderRadius: 4, maxWidth: 720 }}>
          {answer.kinds.map((kind) => (
            <p key={kind.code} style={{ margin: '0 0 12px' }}>
              <label style={{ display: 'flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
                <input
                  type="checkbox"
                  name={kind.code}
                  checked={Boolean(choice[kind.code])}
                  onChange={(e) => setChoice({ ...choice, [kind.code]: e.target.checked })}
                />
                {bracketed(kind.label)}
              </label>
            </p>
          ))}
          <button
            type="submit"
            style={{ marginTop: 12, padding: '8px 16px', background: '#4945ff', color: '#fff', border: 0, borderRadius: 4 }}
          >
            {bracketed(TEXT.pair('save'))}
          </button>
        </form>
      )}
      {status && (
        <p role="status" style={{ marginTop: 16 }}>
          {status}
        </p>
      )}
    </main>
  );
}
