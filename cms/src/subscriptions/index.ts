import type { Core } from '@strapi/strapi';
import { mailQueue } from '../notifications';
import { runSubscriptionCycle } from './dispatch';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import { subscriptionLinks } from './routes';
import { forgetAddress } from './store';
import { periodicTask } from '../cluster/exclusive';

export { registerSubscriptionRoutes } from './routes';

/**
 * Mail to subscribers (issue 18), once the mail queue runs: every minute, news and digests that are due go
 * into the queue (notifications/queue.ts, which keeps them through restarts and retries them), and an
 * address a mail server refuses for good loses its subscriptions. Nothing runs when mail is off.
 */
export function startSubscriptions(strapi: Core.Strapi): () => Promise<unknown> {
  const queue = mailQueue();
  if (!queue) return async () => undefined;
  queue.onRefused = async (address) => {
    await forgetAddress(strapi, address);
    strapi.log.warn(`column57: ${TEXT.both('bounced', { to: address })}`);
  };
  const { tick, settled } = periodicTask(
    strapi,
    'subscriptions',
    () => runSubscriptionCycle(strapi, queue, subscriptionLinks(strapi)),
    (error) => strapi.log.error(`column57: ${TEXT.both('cycleFailed', { error: error.message })}`),
  );
  strapi.cron.add({ column57Subscriptions: { task: tick, options: { rule: process.env.COLUMN57_SUBSCRIPTION_RULE || '0 * * * * *' } } });
  return settled;
}
