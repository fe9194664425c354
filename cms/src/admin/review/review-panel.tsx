import * as React from 'react';
import { OWNED_TYPES } from '../../access/owned-types';
import { REVIEW_STATE } from '../../review/text';
import { REVIEW_CHANGED, when } from './api';
import { REVIEW_UI_TEXT as TEXT } from './text';

type Review = {
  reviewState?: string | null;
  reviewSubmittedAt?: string | null;
  reviewNote?: string | null;
  reviewComment?: string | null;
  reviewReason?: string | null;
};

interface PanelProps {
  model: string;
  documentId?: string;
  document?: Review | null;
}

const box = (colour: string): React.CSSProperties => ({
  borderLeft: `4px solid ${colour}`,
  background: '#f6f6f9',
  padding: '8px 12px',
  marginTop: 8,
  whiteSpace: 'pre-wrap',
});

/** What the entry's review panel shows: the state, and the comment the editor has to act on. */
function ReviewState({ documentId, document }: { documentId?: string; document?: Review | null }) {
  // The review actions say what they did here at once: the entry itself may be read again only later.
  const [told, setTold] = React.useState<Review | null>(null);
  React.useEffect(() => {
    const listen = (event: Event) => {
      const detail = (event as CustomEvent<{ documentId: string; state: string; note?: string; reason?: string }>).detail;
      if (detail.documentId !== documentId) return;
      const submitted =
        detail.state === 'submitted' ? { reviewSubmittedAt: new Date().toISOString(), reviewNote: detail.note || null } : {};
      setTold({ reviewState: detail.state, ...submitted, ...(detail.reason ? { reviewReason: detail.reason } : {}) });
    };
    window.addEventListener(REVIEW_CHANGED, listen);
    return () => window.removeEventListener(REVIEW_CHANGED, listen);
  }, [documentId]);
  const review = { ...document, ...told };
  const state = review.reviewState as keyof typeof REVIEW_STATE.labels | null | undefined;
  return (
    <div data-review-state={state ?? 'none'} style={{ width: '100%', fontSize: 14, lineHeight: 1.5 }}>
      <strong>{state && state in REVIEW_STATE.labels ? REVIEW_STATE.t('vi', state) : TEXT.t('vi', 'notSubmitted')}</strong>
      {review.reviewSubmittedAt && state === 'submitted' && <p>{TEXT.t('vi', 'submittedAt', { when: when(review.reviewSubmittedAt) })}</p>}
      {state === 'submitted' && review.reviewNote && (
        <div style={box('#4945ff')}>
          <div style={{ fontWeight: 600 }}>{TEXT.t('vi', 'editorNote')}</div>
          {review.reviewNote}
        </div>
      )}
      {state === 'returned' && review.reviewComment && (
        <div role="note" data-review-comment style={box('#d02b20')}>
          <div style={{ fontWeight: 600 }}>{TEXT.t('vi', 'returnedComment')}</div>
          {review.reviewComment}
        </div>
      )}
      {state === 'unreviewed' && review.reviewReason && (
        <div style={box('#f29d41')}>
          <div style={{ fontWeight: 600 }}>{TEXT.t('vi', 'reasonLabel')}</div>
          {review.reviewReason}
        </div>
      )}
    </div>
  );
}

/** "Duyệt bài" beside the edit form of every entry that has review. */
export function ReviewPanel({ model, documentId, document }: PanelProps) {
  if (!(OWNED_TYPES as readonly string[]).includes(model) || !documentId) return null;
  return { title: TEXT.t('vi', 'panelTitle'), content: <ReviewState documentId={documentId} document={document} /> };
}
