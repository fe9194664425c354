import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { OWNED_TYPES } from '../../access/owned-types';
import { entryPath, messageOf, REVIEW_CHANGED } from './api';
import { REVIEW_UI_TEXT as TEXT } from './text';

interface ActionProps {
  model: string;
  documentId?: string;
}

/**
 * "Gửi duyệt" among an entry's document actions: a dialog with an optional note for the publisher, then
 * POST /column57/review/:uid/:documentId/submit. The server decides who may; this only offers the action
 * on the types that have review (the owned types).
 */
export function SubmitForReviewAction({ model, documentId }: ActionProps) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [note, setNote] = React.useState('');
  if (!(OWNED_TYPES as readonly string[]).includes(model)) return null;
  return {
    label: TEXT.t('vi', 'submit'),
    position: 'panel' as const,
    disabled: !documentId,
    dialog: {
      type: 'dialog' as const,
      title: TEXT.t('vi', 'submitTitle'),
      content: (
        <label style={{ display: 'block', width: '100%' }}>
          <p style={{ marginBottom: 8 }}>{TEXT.t('vi', 'submitIntro')}</p>
          <span style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>{TEXT.t('vi', 'noteLabel')}</span>
          <textarea
            name="reviewNote"
            rows={4}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: '100%', padding: 8, border: '1px solid #dcdce4', borderRadius: 4 }}
          />
        </label>
      ),
      confirmLabel: TEXT.t('vi', 'submit'),
      onConfirm: async () => {
        if (!documentId) {
          toggleNotification({ type: 'warning', message: TEXT.both('saveFirst') });
          return;
        }
        try {
          await post(entryPath(model, documentId, 'submit'), { note });
          setNote('');
          window.dispatchEvent(new CustomEvent(REVIEW_CHANGED, { detail: { documentId, state: 'submitted', note } }));
          toggleNotification({ type: 'success', message: TEXT.both('submitted') });
        } catch (error) {
          toggleNotification({ type: 'danger', message: `${TEXT.both('submitFailed')}: ${messageOf(error)}` });
        }
      },
    },
  };
}
