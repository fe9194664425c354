import * as React from 'react';
import { useAuth, useDocumentRBAC, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { OWNED_TYPES, ROLE_CODES } from '../../access/owned-types';
import { isReviewed } from '../../review/fields';
import { useRefetchOpenEntry } from '../open-entry';
import { entryPath, messageOf, REVIEW_CHANGED } from './api';
import { REVIEW_UI_TEXT as TEXT } from './text';

interface ActionProps {
  model: string;
  collectionType: string;
  documentId?: string;
  document?: { reviewState?: string | null } | null;
}

const fieldStyle: React.CSSProperties = { width: '100%', padding: 8, border: '1px solid #dcdce4', borderRadius: 4 };

/**
 * What the two publisher actions share: whether to offer them (a reviewed type, a saved entry, a body's
 * publisher who may publish it), the call, and bringing the open form up to date afterwards.
 */
function usePublisherAction({ model, collectionType, documentId }: ActionProps) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const canPublish = useDocumentRBAC('column57-review', (rbac) => rbac.canPublish, false);
  // The rule is a body's (review/rule.ts): national editors and administrators publish with Strapi's own button.
  const bodyPublisher = useAuth('column57-review', (auth) =>
    (auth.user?.roles ?? []).some((role: { code?: string }) => role.code === ROLE_CODES.bodyPublisher),
  );
  const refetch = useRefetchOpenEntry(model, collectionType, documentId);
  const offered = Boolean(canPublish && bodyPublisher && documentId && (OWNED_TYPES as readonly string[]).includes(model));
  const run = async (action: 'publish' | 'approve', body: object, state: string, done: 'publishedDone' | 'approvedDone') => {
    try {
      await post(entryPath(model, documentId!, action), body);
      window.dispatchEvent(new CustomEvent(REVIEW_CHANGED, { detail: { documentId, state, ...body } }));
      refetch();
      toggleNotification({ type: 'success', message: TEXT.both(done) });
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: `${TEXT.both('actionFailed')}: ${messageOf(error)}` });
      return false;
    }
  };
  return { offered, run, toggleNotification };
}

/**
 * "Đăng không qua duyệt": a body's publisher publishes an entry nobody submitted, and must say why; the entry
 * stays marked until someone reviews it. Offered only where Strapi's own Publish would be refused.
 */
export function PublishWithReasonAction(props: ActionProps) {
  const { offered, run, toggleNotification } = usePublisherAction(props);
  const [reason, setReason] = React.useState('');
  const state = props.document?.reviewState ?? null;
  if (!offered || isReviewed(state)) return null;
  return {
    label: TEXT.t('vi', 'publishWithReason'),
    position: 'panel' as const,
    dialog: {
      type: 'dialog' as const,
      title: TEXT.t('vi', 'publishWithReasonTitle'),
      content: (
        <label style={{ display: 'block', width: '100%' }}>
          <p style={{ marginBottom: 8 }}>{TEXT.t('vi', 'publishWithReasonIntro')}</p>
          <span style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>{TEXT.t('vi', 'reasonLabel')}</span>
          <textarea name="reviewReason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} style={fieldStyle} />
        </label>
      ),
      confirmLabel: TEXT.t('vi', 'publishWithReasonConfirm'),
      onConfirm: async () => {
        if (!reason.trim()) {
          // The dialog closes on confirm: the reason is asked again rather than lost silently.
          toggleNotification({ type: 'warning', message: TEXT.both('reasonNeeded') });
          return;
        }
        if (await run('publish', { reason }, 'unreviewed', 'publishedDone')) setReason('');
      },
    },
  };
}

/**
 * "Duyệt": the publisher records the entry as reviewed without publishing it now: a scheduled entry then goes
 * up at its time, and an entry published without review loses its mark.
 */
export function ApproveAction(props: ActionProps) {
  const { offered, run } = usePublisherAction(props);
  if (!offered || props.document?.reviewState === 'approved') return null;
  return {
    label: TEXT.t('vi', 'approve'),
    position: 'panel' as const,
    dialog: {
      type: 'dialog' as const,
      title: TEXT.t('vi', 'approveTitle'),
      content: <p>{TEXT.t('vi', 'approveIntro')}</p>,
      confirmLabel: TEXT.t('vi', 'approve'),
      onConfirm: async () => {
        await run('approve', {}, 'approved', 'approvedDone');
      },
    },
  };
}
