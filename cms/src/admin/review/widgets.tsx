import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { editViewOf, messageOf, type QueueItem, REVIEW_API, when } from './api';
import { REVIEW_UI_TEXT as TEXT } from './text';

const SHOWN = 6;

/** A short list of entries for a home widget, each a link to its edit view, and a link to the whole page. */
function EntryList({ path, empty, detail }: { path: string; empty: 'queueEmpty' | 'returnedEmpty'; detail: (i: QueueItem) => string }) {
  const { get } = useFetchClient();
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    get<{ data: QueueItem[] }>(path)
      .then(({ data }) => setItems(data.data))
      .catch((error) => setProblem(messageOf(error)));
  }, [get, path]);
  if (problem) return <p role="alert">{`${TEXT.both('loadFailed')}: ${problem}`}</p>;
  if (!items) return null;
  if (!items.length) return <p>{TEXT.t('vi', empty)}</p>;
  return (
    <div style={{ width: '100%' }}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.slice(0, SHOWN).map((item) => (
          <li key={item.documentId} style={{ padding: '6px 0', borderBottom: '1px solid #eaeaef' }}>
            <Link to={editViewOf(item.uid, item.documentId)} style={{ fontWeight: 600 }}>
              {item.title}
            </Link>
            <div style={{ color: '#666687', fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {detail(item)}
            </div>
          </li>
        ))}
      </ul>
      <Link to="/column57/review">{`${TEXT.t('vi', 'seeAll')} (${items.length})`}</Link>
    </div>
  );
}

/** "Chờ tôi duyệt" on a publisher's home page. */
export const AwaitingMyReview = () => (
  <EntryList
    path={`${REVIEW_API}/queue`}
    empty="queueEmpty"
    detail={(i) => TEXT.t('vi', 'from', { name: i.submittedBy?.name ?? '—', when: when(i.submittedAt) })}
  />
);

/** "Bị trả lại cho tôi" on an editor's home page: the publisher's comment, to act on. */
export const ReturnedToMe = () => <EntryList path={`${REVIEW_API}/returned`} empty="returnedEmpty" detail={(i) => i.comment ?? ''} />;
