// `npm start`: the whole of column57 on its embedded defaults (SQLite, demo content, local preview).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCmsIfStale } from './lib/cms-build.ts';
import { buildColumnsFromCms } from './lib/columns-from-cms.ts';
import { CMS_DIR, CMS_ENV_FILE, DATA_DIR, ROOT, STRAPI_BIN } from './lib/paths.ts';
import { ensureSecrets } from './lib/secrets.ts';
import { serveStatic } from './lib/static-server.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 1337);
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4321);
const OUT_DIR = join(ROOT, 'out');
const log = (message: string) => console.error(`[column57] ${message}`);

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS stopped while starting (exit ${child.exitCode}); see the output above`);
    try {
      const response = await fetch(url);
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the CMS did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function banner(password: string, previewUrl: string) {
  const accounts = JSON.parse(readFileSync(join(CMS_DIR, 'seed', 'demo-accounts.json'), 'utf8')) as Array<{ email: string; what: { vi: string; en: string } }>;
  const width = Math.max(...accounts.map((a) => a.email.length));
  const lines = [
    '',
    'column57 đang chạy / is running',
    '',
    `  Chuyên mục (columns):        ${previewUrl}/  (toàn quốc / national hub), ${previewUrl}/hanoi/, ${previewUrl}/mst/ ...`,
    `  Trang quản trị (CMS admin):  http://${HOST}:${PORT}/admin`,
    `  Cơ sở dữ liệu (database):    SQLite, ${join(DATA_DIR, 'column57.db')}`,
    '',
    `  Tài khoản demo (demo logins), mật khẩu chung (password): ${password}`,
    ...accounts.map((a) => `    ${a.email.padEnd(width)}  ${a.what.vi} / ${a.what.en}`),
    '',
    `  Dựng lại chuyên mục (rebuild the columns): npm run column57 -- build`,
    '  Dừng (stop): Ctrl-C',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  const { values: secrets, created } = ensureSecrets(CMS_ENV_FILE);
  if (created) log(`generated this installation's secrets in ${CMS_ENV_FILE} (git-ignored)`);
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
  };
  buildCmsIfStale(env, log);
  log('starting the CMS (the first start seeds the demo content: about a minute) ...');
  const cms = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env, stdio: 'inherit' });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      cms.kill(signal);
    });
  }
  cms.on('exit', (code) => process.exit(stopping ? 0 : code ?? 1));
  await waitForHealth(`http://${HOST}:${PORT}/_health`, cms, 15 * 60_000);
  await buildColumnsFromCms({ cmsUrl: `http://${HOST}:${PORT}`, tokenFile: env.COLUMN57_TOKEN_FILE!, outDir: OUT_DIR, log });
  const preview = await serveStatic({ '/': OUT_DIR }, PREVIEW_PORT, HOST);
  banner(secrets.COLUMN57_DEMO_PASSWORD, preview.url);
}

main().catch((error) => {
  log(`error: ${error.message}`);
  process.exit(1);
});
