import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { DESK_ADMIN_TEXT as TEXT, vnTime } from './text';

/** The types with a page of their own in a column (cms/src/desk/live-link.ts decides; this only avoids asking for others). */
const LINKABLE = [
  'api::article.article',
  'api::resolution-document.resolution-document',
  'api::campaign.campaign',
  'api::radio-bulletin.radio-bulletin',
];
interface Link {
  live: boolean;
  url: string | null;
  publishedAt: string | null;
}

function LiveLink({ model, documentId, locale, status }: { model: string; documentId: string; locale: string; status?: string }) {
  const { get } = useFetchClient();
  const [link, setLink] = React.useState<Link | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    let stale = false;
    get<{ data: Link }>(`/column57/desk/live-link/${model}/${documentId}?locale=${locale}`)
      .then(({ data }) => !stale && (setLink(data.data), setProblem(null)))
      .catch((error: Error) => !stale && setProblem(error.message));
    return () => {
      stale = true;
    };
    // Asked again when the document's status changes (published, unpublished).
  }, [get, model, documentId, locale, status]);
  if (problem) return <p role="alert">{`${TEXT.t('vi', 'loadFailed')}: ${problem}`}</p>;
  if (!link) return null;
  if (!link.live) return <p style={{ color: '#666687' }}>{TEXT.t('vi', 'notLiveYet')}</p>;
  if (!link.url) return <p style={{ color: '#666687' }}>{TEXT.t('vi', 'nationalNoColumn')}</p>;
  return (
    <p>
      <a href={link.url} target="_blank" rel="noreferrer" style={{ fontWeight: 600 }}>
        {TEXT.t('vi', 'viewLive')} ↗
      </a>
      <br />
      <small style={{ color: '#666687' }}>{vnTime(link.publishedAt)}</small>
    </p>
  );
}

/** The edit view's side panel: "Xem trên chuyên mục" once the entry is live. */
export function LiveLinkPanel({ model, documentId, document }: { model: string; documentId?: string; document?: any }) {
  if (!LINKABLE.includes(model) || !documentId) return null;
  const locale = new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? document?.locale ?? 'vi';
  return {
    title: TEXT.t('vi', 'liveTitle'),
    content: <LiveLink model={model} documentId={documentId} locale={locale} status={`${document?.status}|${document?.publishedAt}`} />,
  };
}
