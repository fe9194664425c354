import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { hubAddress } from '@column57/builder';
import { BuildService, listen, OutboxClient, parseDeployConfig, PreviewRenderer, PUBLISHER_TEXT, WebSubHub } from '@column57/publisher';
import { resolveConnection } from '@column57/snapshot';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';
import { both, pair, summary } from '../messages.ts';

/** The hook secret: --secret, $COLUMN57_BUILD_HOOK_SECRET, or the one npm start wrote into cms/.env. */
function hookSecret(given: string | undefined): string {
  if (given) return given;
  if (process.env.COLUMN57_BUILD_HOOK_SECRET) return process.env.COLUMN57_BUILD_HOOK_SECRET;
  const envFile = join(ROOT, 'cms', '.env');
  const line = existsSync(envFile)
    ? readFileSync(envFile, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('COLUMN57_BUILD_HOOK_SECRET='))
    : undefined;
  if (line) return line.slice(line.indexOf('=') + 1).trim();
  throw new Error(both('serveNoSecret'));
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: summary('serveSummary'),
  usage: 'column57 serve [--port N] [--out DIR] [--body SLUG ...] [--deploy FILE] [--cms URL] [--token TOKEN] [--secret S]',
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    out: { type: 'string', short: 'o' },
    cache: { type: 'string' },
    body: { type: 'string', short: 'b', multiple: true },
    deploy: { type: 'string' },
    debounce: { type: 'string' },
    worker: { type: 'string' },
    lease: { type: 'string' },
    cms: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
    'hub-url': { type: 'string' },
    'framing-report-url': { type: 'string' },
    'websub-hub': { type: 'string' },
    'subscriptions-url': { type: 'string' },
    'board-files': { type: 'boolean' },
  },
  help: [
    `-p, --port N       ${both('servePort')}`,
    `    --host HOST    ${both('serveHost')}`,
    `-o, --out DIR      ${both('serveOut')}`,
    `    --cache DIR    ${both('serveCache')}`,
    `-b, --body SLUG    ${both('serveBody')}`,
    `    --deploy FILE  ${both('serveDeploy')}`,
    `    --debounce MS  ${both('serveDebounce')}`,
    `    --worker NAME  ${both('serveWorker')}`,
    `    --lease MS     ${both('serveLease')}`,
    `    --secret S     ${both('serveSecret')}`,
    `    --hub-url URL  ${both('hubUrl')}`,
    `    --framing-report-url URL  ${both('framingReportUrl')}`,
    `    --websub-hub URL  ${both('websubHub')}`,
    `    --subscriptions-url URL  ${both('subscriptionsUrl')}`,
    `    --no-board-files ${both('noBoardFiles')}`,
    `    --cms URL, --token TOKEN   ${both('asIn')} \`column57 snapshot\``,
    '',
    // The line has always joined the two addresses in Vietnamese only ("và").
    `POST /hooks/cms ${both('serveTakesNotices')}; GET /status ${pair('serveStatusAnd').vi} /status.json: ${both('serveStatus')};`,
    `GET /preview/<token>/: ${both('servePreview')}; POST /framing-reports/<slug>: ${both('serveFramingReports')};`,
    `POST /websub: ${both('serveWebSub')}.`,
  ],
  async run(values) {
    const port = Number(values.port ?? 4322);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(both('portInvalid', { value: String(values.port) }));
    const debounceMs = values.debounce === undefined ? undefined : Number(values.debounce);
    if (debounceMs !== undefined && !(debounceMs >= 0)) throw new Error(both('debounceInvalid', { value: String(values.debounce) }));
    const hubUrl = values['hub-url'] as string | undefined;
    if (hubUrl !== undefined && !hubAddress(hubUrl)) throw new Error(`--hub-url ${both('hubUrlForm')}`);
    const framingReportUrl = values['framing-report-url'] as string | undefined;
    if (framingReportUrl !== undefined && !hubAddress(framingReportUrl)) throw new Error(`--framing-report-url ${both('hubUrlForm')}`);
    const websubHub = values['websub-hub'] as string | undefined;
    if (websubHub !== undefined && !hubAddress(websubHub.endsWith('/') ? websubHub : `${websubHub}/`))
      throw new Error(`--websub-hub ${both('hubUrlForm')}`);
    const cacheDir = resolve((values.cache as string | undefined) ?? join(ROOT, '.cache'));
    const outDir = resolve((values.out as string | undefined) ?? join(ROOT, 'out'));
    let deploy;
    if (typeof values.deploy === 'string') deploy = parseDeployConfig(JSON.parse(readFileSync(values.deploy, 'utf8')), values.deploy);
    const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
    const secret = hookSecret(values.secret as string | undefined);
    const leaseMs = values.lease === undefined ? undefined : Number(values.lease);
    if (leaseMs !== undefined && !(Number.isInteger(leaseMs) && leaseMs >= 1_000 && leaseMs <= 3_600_000))
      throw new Error(both('leaseInvalid', { value: String(values.lease) }));
    // Changes are also taken from the CMS's outbox, so a notice that never arrived is built all the same. The
    // name is the same after a restart, so a killed service resumes its claims at once. A service that builds
    // a few columns (--body) would mark the others' changes built: it takes from the outbox only when named
    // (--worker), for a deployment whose workers all build those columns.
    const named = values.worker as string | undefined;
    const outbox =
      values.body && !named ? undefined : new OutboxClient({ url: cms.url, secret, worker: named ?? `${hostname()}:${cacheDir}`, leaseMs });
    const service = new BuildService({
      cms,
      snapshotDir: join(cacheDir, 'snapshot'),
      cacheDir: join(cacheDir, 'build'),
      statusFile: join(cacheDir, 'build-status.json'),
      outDir,
      only: values.body as string[] | undefined,
      debounceMs,
      deploy,
      hubUrl,
      framingReportUrl,
      websubHub,
      subscriptionsUrl: values['subscriptions-url'] as string | undefined,
      boardFiles: values['board-files'] !== false,
      outbox,
      log: (m) => console.error(m),
    });
    const preview = new PreviewRenderer({ cms, secret, workDir: join(cacheDir, 'preview'), cacheDir: join(cacheDir, 'build') });
    // The included hub answers at /websub whether or not the feeds name it (--websub-hub names the public address).
    const websub = new WebSubHub({
      outDir,
      storeFile: join(cacheDir, 'websub.json'),
      hubUrl: websubHub ?? `http://${(values.host as string | undefined) ?? '127.0.0.1'}:${port}/websub`,
      log: (m) => console.error(m),
    });
    const server = await listen(service, { port, host: values.host as string | undefined, secret, preview, websub });
    void websub.sweep();
    console.error(`column57 serve: ${server.url}/status (${both('serveStatus')}), POST ${server.url}/hooks/cms`);
    // Whatever changed while the service was down is built first (unchanged columns are skipped).
    service.notify('all', PUBLISHER_TEXT.both('startTrigger'));
    await new Promise<void>((resolveStop) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolveStop());
    });
    console.error(`column57 serve: ${both('stopping')} ...`);
    await server.close();
    await websub.close();
    await service.close();
    return 0;
  },
};
