import { ReviewIcon } from './icon';
import { widgetTitle } from '../translations/ours';

/**
 * The review widgets of the admin home page (Strapi's homepage widgets API), each registered with one line
 * in app.tsx. The lists come from the server, which gives each account its own body's entries only.
 */
export const AWAITING_MY_REVIEW_WIDGET = {
  id: 'column57-awaiting-my-review',
  icon: ReviewIcon,
  title: widgetTitle('awaitingReview'),
  component: async () => (await import('./widgets')).AwaitingMyReview,
  // Publishing rights are what a publisher has and an editor lacks: the widget is a publisher's.
  permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::article.article' }],
};

export const RETURNED_TO_ME_WIDGET = {
  id: 'column57-returned-to-me',
  icon: ReviewIcon,
  title: widgetTitle('returned'),
  component: async () => (await import('./widgets')).ReturnedToMe,
};
