// `npm start`: the whole of column57 on its embedded defaults (SQLite, demo content, local preview):
// the CMS, the build service that rebuilds columns when editors publish, and a static server for them.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bilingual } from '../packages/i18n/src/index.ts';
import { BuildService, listen, OutboxClient, PreviewRenderer, PUBLISHER_TEXT, WebSubHub } from '../packages/publisher/src/index.ts';
import { resolveConnection } from '../packages/snapshot/src/index.ts';
import { buildCmsIfStale } from './lib/cms-build.ts';
import { CMS_DIR, CMS_ENV_FILE, DATA_DIR, ROOT, STRAPI_BIN } from './lib/paths.ts';
import { ensureSecrets } from './lib/secrets.ts';
import { START_TEXT, withEnglishInBrackets } from './lib/start-text.ts';
import { serveStatic } from '../packages/publisher/src/static-server.ts';
import { type MailCatcher, startMailCatcher } from './lib/mail-catcher.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 1337);
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4321);
const BUILD_PORT = Number(process.env.BUILD_PORT ?? 4322);
const WEBSUB_HUB = `http://${HOST}:${BUILD_PORT}/websub`;
const MAIL_PORT = Number(process.env.MAIL_PORT ?? 4323);
const MAIL_SMTP_PORT = Number(process.env.MAIL_SMTP_PORT ?? 1025);
const MAIL_DIR = join(DATA_DIR, 'mail');
const OUT_DIR = join(ROOT, 'out');
const log = (message: string) => console.error(`[column57] ${message}`);

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(START_TEXT.both('cmsStoppedStarting', { status: String(child.exitCode) }));
    try {
      const response = await fetch(url);
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(START_TEXT.both('cmsDidNotAnswer', { url, seconds: timeoutMs / 1000 }));
}

function banner(password: string, previewUrl: string, buildUrl: string, mail: MailCatcher | null) {
  const accounts = JSON.parse(readFileSync(join(CMS_DIR, 'seed', 'demo-accounts.json'), 'utf8')) as Array<{
    email: string;
    what: { vi: string; en: string };
  }>;
  const width = Math.max(...accounts.map((a) => a.email.length));
  const { both, pair } = START_TEXT;
  const label = (key: Parameters<typeof pair>[0]) => withEnglishInBrackets(pair(key));
  // The addresses start in one column, after the longest label.
  const at = (key: Parameters<typeof pair>[0]) => `  ${`${label(key)}:`.padEnd(29)}`;
  const lines = [
    '',
    `column57 ${both('running')}`,
    '',
    `${at('columns')}${previewUrl}/  (${both('nationalHub')}), ${previewUrl}/hanoi/, ${previewUrl}/mst/ ...`,
    `${at('cmsAdmin')}http://${HOST}:${PORT}/admin`,
    `${at('buildStatus')}${buildUrl}/status  (${both('rebuildsOnPublish')})`,
    `${at('reporting')}http://${HOST}:${PORT}/admin/column57/reporting  (${both('reportDue')})`,
    `${at('database')}SQLite, ${join(DATA_DIR, 'column57.db')}`,
    mail
      ? `${at('mail')}${mail.webUrl}/  (${both('mailCaught', { dir: MAIL_DIR, port: mail.smtpPort })})`
      : `${at('mail')}${both('mailServer', { host: process.env.COLUMN57_SMTP_HOST ?? '' })}`,
    '',
    `  ${label('demoLogins')}, ${label('sharedPassword')}: ${password}`,
    ...accounts.map((a) => `    ${a.email.padEnd(width)}  ${bilingual(a.what)}`),
    '',
    `  ${label('rebuildByHand')}: npm run column57 -- build   ${label('rollBack')}: npm run column57 -- rollback --body SLUG`,
    `  ${label('stop')}: Ctrl-C`,
    '',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  const { values: secrets, created } = ensureSecrets(CMS_ENV_FILE);
  if (created) log(START_TEXT.both('secretsGenerated', { file: CMS_ENV_FILE }));
  // Notification mail goes to a local catcher unless a real SMTP server is configured (README, "Notifications by mail").
  const mail = process.env.COLUMN57_SMTP_HOST
    ? null
    : await startMailCatcher({ dir: MAIL_DIR, host: HOST, smtpPort: MAIL_SMTP_PORT, webPort: MAIL_PORT, log });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    HOST,
    PORT: String(PORT),
    NODE_ENV: 'production',
    DATABASE_CLIENT: process.env.DATABASE_CLIENT ?? 'sqlite',
    DATABASE_FILENAME: process.env.DATABASE_FILENAME ?? join(DATA_DIR, 'column57.db'),
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Requests are not logged one by one; warnings and errors still are.
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'info',
    COLUMN57_SEED: process.env.COLUMN57_SEED ?? 'demo',
    COLUMN57_TOKEN_FILE: join(DATA_DIR, 'generator-token'),
    COLUMN57_REPORT_TOKEN_FILE: join(DATA_DIR, 'report-token'),
    COLUMN57_BUILD_HOOK_URL: `http://${HOST}:${BUILD_PORT}/hooks/cms`,
    COLUMN57_ADMIN_URL: process.env.COLUMN57_ADMIN_URL ?? `http://${HOST}:${PORT}/admin`,
    // Where the links of subscribers' mails and the columns' subscription forms reach the CMS.
    COLUMN57_CMS_PUBLIC_URL: process.env.COLUMN57_CMS_PUBLIC_URL ?? `http://${HOST}:${PORT}`,
    ...(mail ? { COLUMN57_SMTP_HOST: HOST, COLUMN57_SMTP_PORT: String(mail.smtpPort), COLUMN57_SMTP_SECURE: 'false' } : {}),
  };
  buildCmsIfStale(env, log);
  log(`${START_TEXT.both('startingCms')} ...`);
  const cms = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env, stdio: 'inherit' });
  let service: BuildService | null = null;
  const servers: Array<{ close(): Promise<void> }> = mail ? [mail] : [];
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${START_TEXT.both('stopping')} ...`);
    cms.kill(signal);
    await Promise.all(servers.map((server) => server.close()));
    // A build cut short here leaves every column on its last release (see packages/builder/src/releases.ts).
    await service?.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
  cms.on('exit', (code) => {
    if (stopping) setTimeout(() => process.exit(0), 100);
    else process.exit(code ?? 1);
  });
  await waitForHealth(`http://${HOST}:${PORT}/_health`, cms, 15 * 60_000);
  const connection = resolveConnection(ROOT, `http://${HOST}:${PORT}`);
  service = new BuildService({
    cms: connection,
    snapshotDir: join(ROOT, '.cache', 'snapshot'),
    cacheDir: join(ROOT, '.cache', 'build'),
    statusFile: join(ROOT, '.cache', 'build-status.json'),
    outDir: OUT_DIR,
    // The preview server below serves out/, the hub at its root.
    hubUrl: `http://${HOST}:${PREVIEW_PORT}/`,
    // Browsers on this machine reach the build service directly: refused framings show on its status page.
    framingReportUrl: `http://${HOST}:${BUILD_PORT}/framing-reports/`,
    // The build service's own WebSub hub: every feed names it, and feed readers on this machine can subscribe.
    websubHub: WEBSUB_HUB,
    // Every column gets a page to subscribe to its news by mail, answered by this CMS (mail to the local catcher).
    subscriptionsUrl: `http://${HOST}:${PORT}`,
    // A notice lost between the CMS and this service is still built: the CMS keeps every change in its outbox.
    outbox: new OutboxClient({ url: connection.url, secret: secrets.COLUMN57_BUILD_HOOK_SECRET, worker: `npm-start:${ROOT}` }),
    log,
  });
  const websub = new WebSubHub({ outDir: OUT_DIR, storeFile: join(ROOT, '.cache', 'websub.json'), hubUrl: WEBSUB_HUB, log });
  const preview = new PreviewRenderer({
    cms: connection,
    secret: secrets.COLUMN57_BUILD_HOOK_SECRET,
    workDir: join(ROOT, '.cache', 'preview'),
    cacheDir: join(ROOT, '.cache', 'build'),
    log,
  });
  servers.push(await listen(service, { port: BUILD_PORT, host: HOST, secret: secrets.COLUMN57_BUILD_HOOK_SECRET, preview, websub }));
  servers.push(websub);
  void websub.sweep();
  log(`${START_TEXT.both('buildingColumns')} ...`);
  service.notify('all', PUBLISHER_TEXT.both('startTrigger'));
  await service.idle();
  const site = await serveStatic({ '/': OUT_DIR }, PREVIEW_PORT, HOST);
  servers.push(site);
  banner(secrets.COLUMN57_DEMO_PASSWORD, site.url, `http://${HOST}:${BUILD_PORT}`, mail);
}

main().catch((error) => {
  log(`${START_TEXT.both('error')}: ${error.message}`);
  process.exit(1);
});
