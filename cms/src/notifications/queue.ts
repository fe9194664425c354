import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createTransport, type Transporter } from 'nodemailer';
import { MAIL_TEXT as TEXT } from './messages';
import { exclusive } from '../cluster/exclusive';
import { CMS_LOG_TEXT } from '../log-messages';

/**
 * Where the mail goes: an SMTP server named by the environment (README, "Notifications by mail").
 * Without COLUMN57_SMTP_HOST there is no mail: nothing is queued, and the CMS says so once at start.
 */
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  pass: string | null;
  from: string;
}

export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const host = env.COLUMN57_SMTP_HOST?.trim();
  if (!host) return null;
  const secure = env.COLUMN57_SMTP_SECURE === 'true';
  return {
    host,
    port: Number(env.COLUMN57_SMTP_PORT || (secure ? 465 : 587)),
    secure,
    user: env.COLUMN57_SMTP_USER || null,
    pass: env.COLUMN57_SMTP_PASS || null,
    from: env.COLUMN57_MAIL_FROM || 'column57 <no-reply@localhost>',
  };
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /**
   * A subscriber's mail: if the receiving server refuses it for good (a 5xx answer, a hard bounce), the mail
   * is dropped and this address's subscriptions are cancelled instead of the mail being tried again.
   */
  refusalCancels?: string;
}

/** Told when a server refused a subscriber's mail for good (see `refusalCancels`). */
export type OnRefused = (address: string, error: string) => Promise<void>;

/** A permanent refusal by the SMTP server (RFC 5321 5yz), as opposed to a failure worth another try. */
const refusedForGood = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

interface QueuedMail extends OutgoingMail {
  id: string;
  queuedAt: string;
  attempts: number;
  /** Epoch milliseconds: not tried again before then. */
  nextAttemptAt: number;
  lastError?: string;
}

const QUEUE_KEY = 'mail-queue';
const ONE_HOUR = 3600_000;

/**
 * The outgoing mail, kept in Strapi's core store (the database) until the SMTP server has accepted it, so
 * a restart or an SMTP outage loses nothing. Each failure is logged in both languages and tried again
 * later, the wait doubling from COLUMN57_MAIL_RETRY_MS (a minute) up to an hour; a mail is never dropped.
 * One process writes the queue, one change at a time.
 */
export class MailQueue {
  private readonly strapi: Core.Strapi;
  private readonly config: SmtpConfig;
  private readonly transport: Transporter;
  private readonly retryMs: number;
  private chain: Promise<unknown> = Promise.resolve();
  private delivering: Promise<unknown> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Set by the subscriptions (subscriptions/index.ts), which own what a refusal means for a reader. */
  onRefused: OnRefused | null = null;

  constructor(strapi: Core.Strapi, config: SmtpConfig, env: NodeJS.ProcessEnv = process.env) {
    this.strapi = strapi;
    this.config = config;
    this.retryMs = Number(env.COLUMN57_MAIL_RETRY_MS || 60_000);
    this.transport = createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      auth: config.user ? { user: config.user, pass: config.pass ?? '' } : undefined,
      // A server that does not answer is a failure to retry, not a send that hangs the queue.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  private store() {
    return this.strapi.store({ type: 'plugin', name: 'column57' });
  }

  /** Runs one read-modify-write of the queue after the previous one. */
  private locked<T>(change: (queue: QueuedMail[]) => Promise<{ queue?: QueuedMail[]; result: T }>): Promise<T> {
    // In this instance after the previous change, and across instances under the queue's lock (waited for).
    const run = this.chain.then(async () => {
      const done = await exclusive(
        this.strapi,
        'mail-queue',
        async () => {
          const queue = ((await this.store().get({ key: QUEUE_KEY })) as QueuedMail[] | null) ?? [];
          const { queue: next, result } = await change(queue);
          if (next) await this.store().set({ key: QUEUE_KEY, value: next });
          return result;
        },
        true,
      );
      return (done as { ran: true; value: T }).value;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Saves the mails for sending, then sends without waiting for the SMTP server. */
  async enqueue(mails: OutgoingMail[]): Promise<void> {
    if (!mails.length) return;
    // Asked inside a write's transaction (a document middleware): queued once it commits, so a change rolled
    // back mails nobody, and the queue's lock is never awaited by a transaction another instance waits for.
    if (this.strapi.db.inTransaction()) {
      await this.strapi.db.transaction(async ({ onCommit }) =>
        onCommit(() =>
          this.enqueue(mails).catch((error) =>
            this.strapi.log.error(`column57: ${CMS_LOG_TEXT.both('mailQueueFailed', { error: (error as Error).message })}`),
          ),
        ),
      );
      return;
    }
    const now = Date.now();
    const added = mails.map((m) => ({ ...m, id: randomUUID(), queuedAt: new Date(now).toISOString(), attempts: 0, nextAttemptAt: now }));
    await this.locked(async (queue) => ({ queue: [...queue, ...added], result: undefined }));
    void this.deliver();
  }

  /** What is waiting, for tests and for the operator. */
  pending(): Promise<QueuedMail[]> {
    return this.locked(async (queue) => ({ result: queue }));
  }

  /** Sends every mail whose time has come; one delivery at a time (a call during one waits for it). */
  deliver(now = () => Date.now()): Promise<unknown> {
    if (this.delivering) return this.delivering;
    this.delivering = this.deliverNow(now)
      .catch((error) => this.strapi.log.error(`column57: ${TEXT.both('queueFailed', { error: (error as Error).message })}`))
      .finally(() => (this.delivering = null));
    return this.delivering;
  }

  /** One instance at a time sends (another that finds the lock held leaves this round to it). */
  private async deliverNow(now: () => number) {
    await exclusive(this.strapi, 'mail-delivery', () => this.sendDue(now));
  }

  private async sendDue(now: () => number) {
    const due = await this.locked(async (queue) => ({ result: queue.filter((m) => m.nextAttemptAt <= now()) }));
    const sent = new Set<string>();
    const refused = new Set<string>();
    const failed = new Map<string, string>();
    for (const mail of due) {
      try {
        await this.transport.sendMail({
          from: this.config.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
        });
        sent.add(mail.id);
      } catch (error) {
        if (mail.refusalCancels && refusedForGood(error) && this.onRefused) {
          // Dropped like a sent mail: trying again would only be refused again.
          await this.onRefused(mail.refusalCancels, (error as Error).message);
          refused.add(mail.id);
        } else failed.set(mail.id, (error as Error).message);
      }
    }
    if (!sent.size && !failed.size && !refused.size) return;
    await this.locked(async (queue) => {
      const next = queue
        .filter((m) => !sent.has(m.id) && !refused.has(m.id))
        .map((m) => {
          const error = failed.get(m.id);
          if (error === undefined) return m;
          const attempts = m.attempts + 1;
          const wait = Math.min(this.retryMs * 2 ** (attempts - 1), ONE_HOUR);
          const retryIn = Math.ceil(wait / 1000);
          this.strapi.log.warn(`column57: ${TEXT.both('sendFailed', { to: m.to, subject: m.subject, attempt: attempts, retryIn, error })}`);
          return { ...m, attempts, nextAttemptAt: now() + wait, lastError: error };
        });
      return { queue: next, result: undefined };
    });
    for (const mail of due.filter((m) => sent.has(m.id))) {
      this.strapi.log.info(`column57: ${TEXT.both('sent', { to: mail.to, subject: mail.subject })}`);
    }
  }

  /** Looks for due mail every few seconds (COLUMN57_MAIL_POLL_MS), also after a restart. */
  start(pollMs = Number(process.env.COLUMN57_MAIL_POLL_MS || 5_000)) {
    this.timer = setInterval(() => void this.deliver(), pollMs);
    this.timer.unref();
    void this.deliver();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.delivering;
    await this.chain;
    this.transport.close();
  }
}
