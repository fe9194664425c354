import type { MailCatcher } from '../../scripts/lib/mail-catcher.ts';

/**
 * The CMS's mail settings for a test: its notices go to the catcher on loopback, and its queue retries and
 * polls in fractions of a second, so a test waits for mail as briefly as the mail takes.
 */
export const mailEnv = (catcher: MailCatcher): Record<string, string> => ({
  COLUMN57_SMTP_HOST: '127.0.0.1',
  COLUMN57_SMTP_PORT: String(catcher.smtpPort),
  COLUMN57_MAIL_FROM: 'Chuyên mục 57 <thong-bao@column57.test>',
  COLUMN57_MAIL_RETRY_MS: '300',
  COLUMN57_MAIL_POLL_MS: '200',
});
