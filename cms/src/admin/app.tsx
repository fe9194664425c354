import * as React from 'react';
import { MakeBulletinAction } from './bulletin-action';
import { ScriptPreviewPanel } from './script-preview';
import { ADMIN_TRANSLATIONS } from './translations';
import { MENU } from './translations/ours';
import { dismissAnnouncements, vietnameseByDefault } from './first-visit';
import { ApproveAction, PublishWithReasonAction } from './review/publisher-actions';
import { SubmitForReviewAction } from './review/submit-action';
import { brandTabTitle } from './tab-title';
import { ReviewPanel } from './review/review-panel';
import { REVIEW_UI_TEXT } from './review/text';
import { ReviewIcon } from './review/icon';
import { COLUMN_HOOK, FILTER_HOOK, reviewColumn, reviewFilter } from './review/list-view';
import { AWAITING_MY_REVIEW_WIDGET, RETURNED_TO_ME_WIDGET } from './review/home-widgets';
import { WordDeskPanel } from './word-desk';
import { LiveLinkPanel } from './desk/LiveLinkPanel';
import { FiguresPanel } from './desk/FiguresPanel';
import { MONTH_REPORT_WIDGET, MY_COLUMN_WIDGET, MY_DRAFTS_WIDGET, SCHEDULED_WIDGET } from './desk/widgets';
import { AUDIT_PAGE_TEXT } from './audit-text';
import { HistoryPanel } from './history-panel';
import { ShareKitPanel } from './share-kit-panel';
import { ProgrammeBlocksPanel } from './programme-blocks-panel';

/** A small chart-bars mark for the menu (no icon package is needed for one icon). */
const StatusIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <rect x="1" y="9" width="3" height="6" rx="1" />
    <rect x="6.5" y="5" width="3" height="10" rx="1" />
    <rect x="12" y="1" width="3" height="14" rx="1" />
  </svg>
);

/** A page with lines, for the reporting menu entry. */
const ReportIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M3 1h7l3 3v11H3z" opacity="0.35" />
    <rect x="5" y="6" width="6" height="1.4" />
    <rect x="5" y="9" width="6" height="1.4" />
    <rect x="5" y="12" width="4" height="1.4" />
  </svg>
);

/** An envelope, for "Thông báo của tôi". */
const MailIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M1 3h14v10H1z" opacity="0.35" />
    <path d="M1 3l7 6 7-6v1.6L8 10.6 1 4.6z" />
  </svg>
);

/** Houses in a row, for the communes menu entry. */
const CommunesIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M1 8l3-3 3 3v7H1z" />
    <path d="M9 7l3-3 3 3v8H9z" opacity="0.6" />
  </svg>
);

/** A list with a clock, for the audit log menu entry. */
const LogIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <rect x="1" y="2" width="8" height="1.4" />
    <rect x="1" y="6" width="6" height="1.4" />
    <rect x="1" y="10" width="5" height="1.4" />
    <circle cx="12" cy="11" r="3.5" opacity="0.5" />
  </svg>
);

export default {
  config: {
    // The admin panel in Vietnamese, English selectable per user (profile); translations/ completes
    // Strapi's Vietnamese and says our own words (branding, enumeration labels, menu entries).
    locales: ['vi'],
    translations: ADMIN_TRANSLATIONS,
    // The release-notes widget fetches from the internet; the CMS must not.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: any) {
    vietnameseByDefault();
    dismissAnnouncements();
    app.addMenuLink({
      to: 'column57/build-status',
      icon: StatusIcon,
      intlLabel: { id: MENU.buildStatus.id, defaultMessage: MENU.buildStatus.text.vi },
      Component: () => import('./pages/BuildStatus'),
      permissions: [],
    });
    app.addMenuLink({
      to: 'column57/reporting',
      icon: ReportIcon,
      intlLabel: { id: MENU.reporting.id, defaultMessage: MENU.reporting.text.vi },
      Component: () => import('./pages/Reporting'),
      permissions: [],
    });
    // Shown to every account: the page says when an account manages no province, and the server decides.
    app.addMenuLink({
      to: 'column57/communes',
      icon: CommunesIcon,
      intlLabel: { id: MENU.communes.id, defaultMessage: MENU.communes.text.vi },
      Component: () => import('./pages/Communes'),
      permissions: [],
    });
    // Every account chooses its own notification mails.
    app.addMenuLink({
      to: 'column57/notifications',
      icon: MailIcon,
      intlLabel: { id: MENU.notifications.id, defaultMessage: MENU.notifications.text.vi },
      Component: () => import('./pages/Notifications'),
      permissions: [],
    });
    // A body's subscriber list: the server shows it to the body's publishers only, and says so to anyone else.
    app.addMenuLink({
      to: 'column57/subscribers',
      icon: MailIcon,
      intlLabel: { id: MENU.subscribers.id, defaultMessage: MENU.subscribers.text.vi },
      Component: () => import('./pages/Subscribers'),
      permissions: [],
    });
    // "Chờ duyệt": the server lists each account's own body only (review/actions.ts).
    app.addMenuLink({
      to: 'column57/review',
      icon: ReviewIcon,
      intlLabel: { id: 'column57.review', defaultMessage: REVIEW_UI_TEXT.t('vi', 'menu') },
      Component: () => import('./pages/ReviewQueue'),
      permissions: [],
    });
    // "Chờ tôi duyệt" (publishers) and "Bị trả lại cho tôi" on the home page.
    app.widgets.register(AWAITING_MY_REVIEW_WIDGET);
    app.widgets.register(RETURNED_TO_ME_WIDGET);
    // The editor's home (desk/widgets.tsx).
    app.widgets.register(MY_DRAFTS_WIDGET);
    app.widgets.register(SCHEDULED_WIDGET);
    app.widgets.register(MY_COLUMN_WIDGET);
    app.widgets.register(MONTH_REPORT_WIDGET);
    // Shown to every account: the server answers a publisher with their body's entries and refuses editors.
    app.addMenuLink({
      to: 'column57/audit',
      icon: LogIcon,
      intlLabel: { id: 'column57.audit', defaultMessage: AUDIT_PAGE_TEXT.t('vi', 'menu') },
      Component: () => import('./pages/AuditLog'),
      permissions: [],
    });
  },
  bootstrap(app: any) {
    brandTabTitle();
    // "Make a bulletin from this article" among the article edit view's actions.
    const contentManager = app.getPlugin('content-manager').apis;
    contentManager.addDocumentAction((actions: unknown[]) => [...actions, MakeBulletinAction]);
    // "Gửi duyệt"; for publishers "Duyệt" and "Đăng không qua duyệt" (with a reason); the entry's review state.
    contentManager.addDocumentAction((actions: unknown[]) => [...actions, SubmitForReviewAction, ApproveAction, PublishWithReasonAction]);
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, ReviewPanel]);
    // The list's review column and filter, by the states' Vietnamese names (the content manager's hooks
    // exist once its plugin has registered, so they are joined here).
    app.registerHook(COLUMN_HOOK, reviewColumn);
    app.registerHook(FILTER_HOOK, reviewFilter);
    // What a bulletin's script will sound like, and how long, beside its edit form.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, ScriptPreviewPanel]);
    // "Soạn từ Word" beside an article's form: a .docx becomes a draft, and pasting from Word keeps the formatting.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, WordDeskPanel]);
    // The programme's blocks (targets, deadlines, key figures kept by the ministry), each with its code to embed.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, ProgrammeBlocksPanel]);
    // "Xem trên chuyên mục" once an entry is live.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, LiveLinkPanel]);
    // "Chia sẻ lên mạng xã hội": an article's posts, short link and pictures once it is live; posting for publishers.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, ShareKitPanel]);
    // A monthly report's computed figures, fresh and in words, instead of the raw JSON field.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, FiguresPanel]);
    // Lịch sử phiên bản: the published versions of an article, a document or a campaign.
    contentManager.addEditViewSidePanel((panels: unknown[]) => [...panels, HistoryPanel]);
  },
};
