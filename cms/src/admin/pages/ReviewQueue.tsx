import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { secondaryButton, tableCell } from '../page-styles';
import { editViewOf, entryPath, messageOf, type QueueItem, REVIEW_API, when } from '../review/api';
import { DiffView } from '../review/diff-view';
import { REVIEW_UI_TEXT as TEXT } from '../review/text';

/** One entry waiting: who sent it and when, the note, the changes, and the publisher's answers. */
function Waiting({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [returning, setReturning] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const act = async (action: 'publish' | 'approve' | 'return', done: 'published' | 'approvedDone' | 'returnedDone') => {
    setBusy(true);
    try {
      await post(entryPath(item.uid, item.documentId, action), action === 'return' ? { comment } : {});
      toggleNotification({ type: 'success', message: TEXT.both(done) });
      onDone();
    } catch (error) {
      toggleNotification({ type: 'danger', message: `${TEXT.both('actionFailed')}: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <article data-queue-item={item.documentId} style={{ ...tableCell, padding: '16px 0' }}>
      <h2 style={{ fontSize: 18, fontWeight: 600 }}>
        <Link to={editViewOf(item.uid, item.documentId)}>{item.title}</Link>
      </h2>
      <p style={{ color: '#666687' }}>
        {TEXT.t('vi', 'from', { name: item.submittedBy?.name ?? '—', when: when(item.submittedAt) })} · {item.locales.join(', ')}
      </p>
      {item.note && (
        <p style={{ borderLeft: '4px solid #4945ff', paddingLeft: 8, whiteSpace: 'pre-wrap' }}>
          <strong>{TEXT.t('vi', 'editorNote')}: </strong>
          {item.note}
        </p>
      )}
      <DiffView changes={item.changes} />
      <div style={{ marginTop: 12 }}>
        <button type="button" disabled={busy} style={secondaryButton} onClick={() => act('publish', 'published')}>
          {TEXT.t('vi', 'publish')}
        </button>
        <button type="button" disabled={busy} style={secondaryButton} onClick={() => act('approve', 'approvedDone')}>
          {TEXT.t('vi', 'approveForLater')}
        </button>
        <button type="button" disabled={busy} style={secondaryButton} onClick={() => setReturning(!returning)}>
          {TEXT.t('vi', 'returnIt')}
        </button>
      </div>
      {returning && (
        <div style={{ marginTop: 8 }}>
          <label>
            <span style={{ display: 'block', fontWeight: 600 }}>{TEXT.t('vi', 'commentLabel')}</span>
            <textarea
              name="returnComment"
              rows={3}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              style={{ width: '100%', maxWidth: 640, padding: 8, border: '1px solid #dcdce4', borderRadius: 4 }}
            />
          </label>
          <button type="button" disabled={busy} style={secondaryButton} onClick={() => act('return', 'returnedDone')}>
            {TEXT.t('vi', 'confirmReturn')}
          </button>
        </div>
      )}
    </article>
  );
}

/**
 * "Chờ duyệt" in the admin menu: the body's entries awaiting review (for its publishers), and below them
 * what was returned to the signed-in account. The server lists only the account's own body.
 */
export default function ReviewQueue() {
  const { get } = useFetchClient();
  const [queue, setQueue] = React.useState<QueueItem[] | null>(null);
  const [returned, setReturned] = React.useState<QueueItem[]>([]);
  const [problem, setProblem] = React.useState<string | null>(null);
  const load = React.useCallback(() => {
    Promise.all([get<{ data: QueueItem[] }>(`${REVIEW_API}/queue`), get<{ data: QueueItem[] }>(`${REVIEW_API}/returned`)])
      .then(([waiting, mine]) => {
        setQueue(waiting.data.data);
        setReturned(mine.data.data);
        setProblem(null);
      })
      .catch((error) => setProblem(messageOf(error)));
  }, [get]);
  React.useEffect(load, [load]);
  return (
    <main style={{ padding: '40px 56px', fontSize: 15, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 28, fontWeight: 600, marginBottom: 8 }}>{TEXT.t('vi', 'queueTitle')}</h1>
      <p style={{ color: '#666687', marginBottom: 24 }}>{TEXT.t('vi', 'queueIntro')}</p>
      {problem && (
        <p role="alert">
          {TEXT.both('loadFailed')}: {problem}
        </p>
      )}
      {queue && !queue.length && <p>{TEXT.t('vi', 'queueEmpty')}</p>}
      {queue?.map((item) => (
        <Waiting key={`${item.uid}/${item.documentId}`} item={item} onDone={load} />
      ))}
      {returned.length > 0 && (
        <section style={{ marginTop: 32 }}>
          <h2 style={{ fontSize: 20, fontWeight: 600 }}>{TEXT.t('vi', 'returnedTitle')}</h2>
          {returned.map((item) => (
            <article key={item.documentId} data-returned-item={item.documentId} style={{ ...tableCell, padding: '12px 0' }}>
              <Link to={editViewOf(item.uid, item.documentId)}>{item.title}</Link>
              <p style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{TEXT.t('vi', 'returnedComment')}: </strong>
                {item.comment}
              </p>
            </article>
          ))}
        </section>
      )}
    </main>
  );
}
