import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MAIL_CATCHER_TEXT as TEXT } from './mail-catcher-text.ts';

/**
 * A local SMTP server that keeps every message it is given as an .eml file and never relays one: the mail
 * of `npm start` and of the tests goes here instead of to people. The SMTP side is the `smtp-server`
 * package (by nodemailer's author); the files are read back with `mailparser`. A small read-only web page
 * lists what was caught, newest first.
 */
export interface CaughtMail {
  file: string;
  subject: string;
  to: string[];
  from: string;
  date: string;
  text: string;
  html: string;
  /** Every header as sent, by lower-case name (the value unfolded, without its name). */
  headers: Record<string, string>;
}

export interface MailCatcher {
  host: string;
  smtpPort: number;
  /** The read-only page listing the caught mail (null when no web port was asked for). */
  webUrl: string | null;
  dir: string;
  /** Every caught message, oldest first. */
  messages(): Promise<CaughtMail[]>;
  /** Until `count` messages satisfying `match` are caught (or the time runs out, which throws). */
  waitFor(match: (mail: CaughtMail) => boolean, count?: number, timeoutMs?: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

export interface MailCatcherOptions {
  dir: string;
  host?: string;
  /** 0 (the default) for any free port. */
  smtpPort?: number;
  /** A port for the web page; 0 for any free one, undefined for none. */
  webPort?: number;
  log?: (line: string) => void;
  /** Recipients to refuse for good (550), as a server refuses an address that does not exist: a hard bounce. */
  refuse?: (address: string) => boolean;
}

const addressesOf = (value: unknown): string[] => {
  const list = (Array.isArray(value) ? value : value ? [value] : []) as Array<{ value?: Array<{ address?: string }> }>;
  return list.flatMap((group) => (group.value ?? []).map((a) => a.address ?? '')).filter(Boolean);
};

async function readMail(dir: string, file: string): Promise<CaughtMail> {
  const parsed = await simpleParser(readFileSync(join(dir, file)));
  return {
    file,
    subject: parsed.subject ?? '',
    to: addressesOf(parsed.to),
    from: addressesOf(parsed.from).join(', '),
    date: (parsed.date ?? new Date(0)).toISOString(),
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    headers: Object.fromEntries(
      parsed.headerLines.map(({ key, line }) => [
        key,
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      ]),
    ),
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function page(mails: CaughtMail[]): string {
  const label = (key: 'subject' | 'to' | 'date') => `${TEXT.t('vi', key)} / ${TEXT.t('en', key)}`;
  const items = mails
    .slice()
    .reverse()
    .map(
      (m) => `<article>
<h2>${escapeHtml(m.subject)}</h2>
<p><b>${label('to')}:</b> ${escapeHtml(m.to.join(', '))}<br><b>${label('date')}:</b> ${escapeHtml(m.date)} · ${escapeHtml(m.file)}</p>
<pre>${escapeHtml(m.text)}</pre>
</article>`,
    );
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(TEXT.both('title'))}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}</style></head>
<body><h1>${escapeHtml(TEXT.t('vi', 'title'))} <small lang="en">(${escapeHtml(TEXT.t('en', 'title'))})</small></h1>
<p>${escapeHtml(TEXT.t('vi', 'intro'))}<br><span lang="en">${escapeHtml(TEXT.t('en', 'intro'))}</span></p>
${items.length ? items.join('\n') : `<p>${escapeHtml(TEXT.both('none'))}</p>`}
</body></html>`;
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  let counter = 0;
  const smtp = new SMTPServer({
    // Loopback only and nothing relayed: any sign-in is accepted, plain text is fine.
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'local' }),
    onRcptTo(address, _session, callback) {
      if (!options.refuse?.(address.address)) return callback();
      callback(Object.assign(new Error(TEXT.both('noMailbox', { address: address.address })), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // Names sort in arrival order: time, then a counter for messages of the same millisecond.
        const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++counter).padStart(5, '0')}.eml`;
        writeFileSync(join(dir, file), Buffer.concat(chunks));
        if (options.log) {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          readMail(dir, file)
            .then((mail) => options.log?.(TEXT.both('caught', { subject: mail.subject, to })))
            .catch(() => undefined);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const messages = async () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    const mails: CaughtMail[] = [];
    for (const file of files) {
      try {
        mails.push(await readMail(dir, file));
      } catch (error) {
        options.log?.(TEXT.both('unreadable', { file, error: (error as Error).message }));
      }
    }
    return mails;
  };

  let web: Server | null = null;
  let webUrl: string | null = null;
  if (options.webPort !== undefined) {
    web = createServer((request, response) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const asJson = request.url === '/messages.json';
      messages()
        .then((mails) => {
          response.writeHead(200, {
            'Content-Type': asJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
          });
          response.end(asJson ? JSON.stringify(mails) : page(mails));
        })
        .catch((error: Error) => response.writeHead(500).end(error.message));
    });
    await new Promise<void>((resolve) => web!.listen(options.webPort, host, resolve));
    webUrl = `http://${host}:${(web.address() as AddressInfo).port}`;
  }

  return {
    host,
    smtpPort,
    webUrl,
    dir,
    messages,
    async waitFor(match, count = 1, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await messages()).filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = (await messages()).map((m) => `${m.to.join(',')}: ${m.subject}`);
          throw new Error(TEXT.both('waitedInVain', { found: found.length, count, seconds: timeoutMs / 1000, seen: JSON.stringify(seen) }));
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (web) await new Promise<void>((resolve) => web!.close(() => resolve()));
    },
  };
}
