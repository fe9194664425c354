import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuildService, listen, parseDeployConfig, PreviewRenderer } from '@column57/publisher';
import { resolveConnection } from '@column57/snapshot';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';

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
  throw new Error(
    'no hook secret: pass --secret, set COLUMN57_BUILD_HOOK_SECRET (the same value the CMS has), or run npm start once to create cms/.env',
  );
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Dịch vụ dựng: nhận thông báo thay đổi từ CMS và dựng lại chuyên mục. The build service: rebuilds columns on CMS changes.',
  usage: 'column57 serve [--port N] [--out DIR] [--body SLUG ...] [--deploy FILE] [--cms URL] [--token TOKEN] [--secret S]',
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    out: { type: 'string', short: 'o' },
    cache: { type: 'string' },
    body: { type: 'string', short: 'b', multiple: true },
    deploy: { type: 'string' },
    debounce: { type: 'string' },
    cms: { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
  },
  help: [
    '-p, --port N       cổng nhận thông báo và trang trạng thái / port for notices and the status page (default 4322)',
    '    --host HOST    địa chỉ lắng nghe / listen address (default 127.0.0.1)',
    '-o, --out DIR      thư mục chuyên mục / output folder (default: out/); releases beside it',
    '    --cache DIR    bộ nhớ đệm / cache folder (default: .cache/)',
    '-b, --body SLUG    chỉ dựng cơ quan này, lặp lại được / only build this body; repeatable',
    '    --deploy FILE  sao chép chuyên mục tới thư mục web / copy columns to web roots (JSON, see README)',
    '    --debounce MS  chờ thêm thay đổi trước khi dựng / wait for more changes before building (default 400)',
    '    --secret S     khoá chung với CMS / secret shared with the CMS (default $COLUMN57_BUILD_HOOK_SECRET)',
    '    --cms URL, --token TOKEN   như / as in `column57 snapshot`',
    '',
    'POST /hooks/cms nhận thông báo / takes notices; GET /status và /status.json: trạng thái / status;',
    'GET /preview/<token>/: bản xem trước cho Strapi Preview / drafts for Strapi Preview (signed links from the CMS).',
  ],
  async run(values) {
    const port = Number(values.port ?? 4322);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
    const debounceMs = values.debounce === undefined ? undefined : Number(values.debounce);
    if (debounceMs !== undefined && !(debounceMs >= 0))
      throw new Error(`--debounce must be milliseconds (0 or more), not "${values.debounce}"`);
    const cacheDir = resolve((values.cache as string | undefined) ?? join(ROOT, '.cache'));
    let deploy;
    if (typeof values.deploy === 'string') deploy = parseDeployConfig(JSON.parse(readFileSync(values.deploy, 'utf8')), values.deploy);
    const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
    const secret = hookSecret(values.secret as string | undefined);
    const service = new BuildService({
      cms,
      snapshotDir: join(cacheDir, 'snapshot'),
      cacheDir: join(cacheDir, 'build'),
      statusFile: join(cacheDir, 'build-status.json'),
      outDir: resolve((values.out as string | undefined) ?? join(ROOT, 'out')),
      only: values.body as string[] | undefined,
      debounceMs,
      deploy,
      log: (m) => console.error(m),
    });
    const preview = new PreviewRenderer({ cms, secret, workDir: join(cacheDir, 'preview'), cacheDir: join(cacheDir, 'build') });
    const server = await listen(service, { port, host: values.host as string | undefined, secret, preview });
    console.error(`column57 serve: ${server.url}/status (trạng thái / status), POST ${server.url}/hooks/cms`);
    // Whatever changed while the service was down is built first (unchanged columns are skipped).
    service.notify('all', 'khởi động / start');
    await new Promise<void>((resolveStop) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolveStop());
    });
    console.error('column57 serve: dừng / stopping ...');
    await server.close();
    await service.close();
    return 0;
  },
};
