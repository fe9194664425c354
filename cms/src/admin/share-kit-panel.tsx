import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { CopyButton } from './copy-button';
import { secondaryButton as button } from './page-styles';
import { SHARE_KIT_ADMIN_TEXT as TEXT } from './share-kit-text';

/** What GET /column57/share-kit/:documentId answers (cms/src/share-kit/routes.ts). */
interface Kit {
  shortUrl: string;
  facebook: { text: string; limit: number };
  zalo: { title: string; description: string; titleLimit: number; descriptionLimit: number };
  pictures: Array<{ name: 'square' | 'landscape' | 'story'; width: number; height: number; url: string }>;
  networks: Array<{ id: string; label: string; connected: boolean }>;
  canPost: boolean;
  posts: Array<{ at: string; network: string; postId: string }>;
}

const vi = (key: Parameters<typeof TEXT.t>[1], values?: any) => (TEXT.t as any)('vi', key, values) as string;
const number = (n: number) => n.toLocaleString('vi-VN');
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const chars = (text: string) => [...text.normalize('NFC')].length;
const box: React.CSSProperties = { width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: 13, padding: 6 };

/** A text to copy: shown whole in a read-only field, with its length against the network's limit. */
function Copyable({ label, text, limit, rows = 1 }: { label: string; text: string; limit?: number; rows?: number }) {
  const id = React.useId();
  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        {label}
      </label>
      {rows > 1 ? <textarea id={id} readOnly rows={rows} value={text} style={box} /> : <input id={id} readOnly value={text} style={box} />}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 4 }}>
        <small style={{ color: '#666687' }}>{limit ? vi('characters', { count: number(chars(text)), limit: number(limit) }) : ''}</small>
        <CopyButton text={text} label={vi('copy')} copied={vi('copied')} />
      </div>
    </div>
  );
}

function ShareKit({ documentId, locale, status }: { documentId: string; locale: string; status?: string }) {
  const { get, post } = useFetchClient();
  const [kit, setKit] = React.useState<Kit | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [live, setLive] = React.useState(true);
  const load = React.useCallback(() => {
    get<{ data: Kit }>(`/column57/share-kit/${documentId}?locale=${locale}`)
      .then(({ data }) => (setKit(data.data), setLive(true), setProblem(null)))
      .catch((error: any) => (error?.response?.status === 404 ? setLive(false) : setProblem(error.message)));
  }, [get, documentId, locale]);
  // Asked again when the entry is published or taken down.
  React.useEffect(load, [load, status]);
  if (!live) return <p style={{ color: '#666687' }}>{vi('notLive')}</p>;
  if (problem) return <p role="alert">{`${vi('loadFailed')}: ${problem}`}</p>;
  if (!kit) return null;

  const share = async (network: { id: string; label: string }, again: boolean) => {
    if (again && !window.confirm(vi('confirmAgain', { network: network.label }))) return;
    try {
      await post(`/column57/share-kit/${documentId}/post`, { network: network.id, locale, again });
      load();
    } catch (error: any) {
      setProblem(error?.response?.data?.error?.message ?? error.message);
    }
  };
  return (
    <div style={{ width: '100%', fontSize: 14 }}>
      <Copyable label={vi('shortLink')} text={kit.shortUrl} />
      <Copyable label={vi('facebook')} text={kit.facebook.text} limit={kit.facebook.limit} rows={7} />
      <Copyable label={vi('zaloTitle')} text={kit.zalo.title} limit={kit.zalo.titleLimit} />
      <Copyable label={vi('zaloText')} text={kit.zalo.description} limit={kit.zalo.descriptionLimit} rows={5} />
      <p style={{ fontWeight: 600, margin: '0 0 4px' }}>{vi('pictures')}</p>
      <ul style={{ display: 'flex', gap: 8, alignItems: 'flex-end', listStyle: 'none', padding: 0, margin: '0 0 12px' }}>
        {kit.pictures.map((p) => (
          <li key={p.name} style={{ textAlign: 'center' }}>
            <a href={p.url} download target="_blank" rel="noreferrer">
              <img
                src={p.url}
                alt={`${vi(p.name)} ${p.width}×${p.height}`}
                width={72}
                style={{ display: 'block', border: '1px solid #dcdce4' }}
              />
              <small>
                {vi(p.name)}
                <br />
                {`${p.width}×${p.height}`}
              </small>
            </a>
          </li>
        ))}
      </ul>
      {kit.networks.map((n) => {
        const last = kit.posts.find((p) => p.network === n.id);
        return (
          <div key={n.id} style={{ marginBottom: 8 }}>
            {last ? <p style={{ margin: '0 0 4px' }}>{vi('posted', { network: n.label, when: when(last.at) })}</p> : null}
            {!n.connected ? (
              <small style={{ color: '#666687' }}>{vi('notConnected', { network: n.label })}</small>
            ) : kit.canPost ? (
              <button type="button" style={button} onClick={() => void share(n, Boolean(last))}>
                {vi(last ? 'postAgain' : 'postTo', { network: n.label })}
              </button>
            ) : null}
          </div>
        );
      })}
      {!kit.canPost && kit.networks.some((n) => n.connected) ? <small style={{ color: '#666687' }}>{vi('publishersPost')}</small> : null}
    </div>
  );
}

/** The article edit view's side panel: the kit to copy, the pictures, and posting to the body's pages. */
export function ShareKitPanel({ model, documentId, document }: { model: string; documentId?: string; document?: any }) {
  if (model !== 'api::article.article' || !documentId) return null;
  const locale = new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? document?.locale ?? 'vi';
  return {
    title: vi('title'),
    content: <ShareKit documentId={documentId} locale={locale} status={`${document?.status}|${document?.publishedAt}`} />,
  };
}
