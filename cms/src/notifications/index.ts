import type { Core } from '@strapi/strapi';
import { listenForNotifications } from './listeners';
import { MAIL_TEXT } from './messages';
import { MailQueue, smtpConfigFromEnv } from './queue';

/**
 * Notifications by mail (issue 16): desk events become mails to the right people of the right body,
 * queued in the database and sent over SMTP (nodemailer). Off when no SMTP server is configured.
 */
let running: MailQueue | null = null;

/** The queue of this CMS, for tests and the operator (null when mail is off). */
export const mailQueue = () => running;

export function startNotifications(strapi: Core.Strapi): () => Promise<void> {
  const config = smtpConfigFromEnv();
  if (!config) {
    strapi.log.info(`column57: ${MAIL_TEXT.both('notConfigured')}`);
    return async () => undefined;
  }
  const queue = new MailQueue(strapi, config);
  running = queue;
  const stopListening = listenForNotifications(strapi, queue);
  queue.start();
  return async () => {
    stopListening();
    await queue.stop();
    if (running === queue) running = null;
  };
}
