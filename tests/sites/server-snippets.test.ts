import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { dom } from '../support/html.ts';

/*
 * The embed guide's server snippets, loaded as the guide prints them into a real nginx and a real Apache
 * (Debian's, installed by scripts/prerequisites.sh), each started on loopback by the current user
 * with a config, pid and logs in a temporary folder. Every kind of path a column has is asked of each, and
 * what it sends must be what the column's own _headers says (read by the preview server, which applies
 * it with Netlify's parser): the CSP, nosniff and Referrer-Policy everywhere, CORS on the JSON Feeds and
 * the embed kit, and the _headers file itself not served. The IIS snippet cannot be checked this way: IIS
 * does not run on Debian, so its web.config is only read by the guide's test (tests/sites/embed.test.ts).
 */

const BASE = '/nghi-quyet-57/';
const WEB_ROOT = '/var/www/column57/hanoi/';
/** Each kind of path of a column: HTML pages, JSON Feeds, RSS, the embed kit, and _headers. */
const PATHS = {
  html: ['', 'khen-thuong/', 'en/', 'embed/'],
  json: ['feed.json', 'en/feed.json'],
  rss: ['rss.xml', 'en/rss.xml'],
  embed: ['embed/frame.js', 'embed/widget.js', 'embed/frame-child.js', 'embed/latest.html', 'en/embed/documents.html'],
};
const CHECKED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'access-control-allow-origin'];

const running: ChildProcess[] = [];

/** Starts a server in the foreground, and waits until it answers on its port (or fails with its log). */
async function start(command: string, args: string[], url: string, log: string) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  running.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const logged = existsSync(log) ? readFileSync(log, 'utf8') : '';
  throw new Error(`${command} did not start: ${stderr}\n${logged}`);
}

/** Who a server's workers run as: only a server started by root changes user (nobody may read the temp folder). */
const asRoot = process.getuid?.() === 0;

describe("the embed guide's server snippets in a real nginx and Apache", () => {
  let dir: string, columnDir: string, preview: Awaited<ReturnType<typeof serveStatic>>;
  let nginx: string, apache: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-snippets-'));
    chmodSync(dir, 0o755);
    const report = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      bodies: ['hanoi'],
    });
    expect(report.failed).toEqual([]);
    columnDir = `${realpathSync(join(dir, 'out', 'hanoi'))}/`;
    preview = await serveStatic({ [BASE]: columnDir });
    const guide = dom(readFileSync(join(columnDir, 'embed', 'index.html'), 'utf8'));
    const snippet = (server: string) => {
      const heading = Array.from(guide.querySelectorAll('h3')).find((h) => h.textContent === server)!;
      return heading
        .nextElementSibling!.textContent!.replaceAll(WEB_ROOT, columnDir)
        .replaceAll(WEB_ROOT.slice(0, -1), columnDir.slice(0, -1));
    };

    const nginxPort = await freePort();
    nginx = `http://127.0.0.1:${nginxPort}`;
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${asRoot ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  server {
    listen 127.0.0.1:${nginxPort};
${snippet('nginx')}
  }
}
`,
    );
    await start(
      '/usr/sbin/nginx',
      ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'nginx-error.log')],
      nginx,
      join(dir, 'nginx-error.log'),
    );

    const apachePort = await freePort();
    apache = `http://127.0.0.1:${apachePort}`;
    const modules = ['mpm_event', 'authz_core', 'alias', 'dir', 'headers', 'mime'];
    writeFileSync(
      join(dir, 'apache.conf'),
      `${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
${asRoot ? 'User nobody\nGroup nogroup' : ''}
ServerName 127.0.0.1
Listen 127.0.0.1:${apachePort}
PidFile ${dir}/apache.pid
ErrorLog ${dir}/apache-error.log
DefaultRuntimeDir ${dir}
TypesConfig /etc/mime.types
<Directory "/">
    Require all denied
</Directory>
${snippet('Apache')}
`,
    );
    await start('/usr/sbin/apache2', ['-f', join(dir, 'apache.conf'), '-d', dir, '-DFOREGROUND'], apache, join(dir, 'apache-error.log'));
  }, 120_000);

  afterAll(async () => {
    for (const child of running) child.kill('SIGTERM');
    await Promise.all(running.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const picked = (response: Response) => Object.fromEntries(CHECKED.map((name) => [name, response.headers.get(name)]));

  for (const server of ['nginx', 'Apache']) {
    it(`${server} sends every path what the column's _headers says`, async () => {
      const origin = server === 'nginx' ? nginx : apache;
      const csp = /Content-Security-Policy: (.+)/.exec(readFileSync(join(columnDir, '_headers'), 'utf8'))![1];
      for (const [kind, paths] of Object.entries(PATHS))
        for (const path of paths) {
          const [got, wanted] = await Promise.all([fetch(`${origin}${BASE}${path}`), fetch(`${preview.url}${BASE}${path}`)]);
          expect(got.status, `${server} ${path}`).toBe(200);
          expect(picked(got), `${server} ${path}`).toEqual(picked(wanted));
          expect(got.headers.get('content-security-policy'), `${server} ${path}`).toBe(csp);
          expect(got.headers.get('x-content-type-options'), `${server} ${path}`).toBe('nosniff');
          expect(got.headers.get('referrer-policy'), `${server} ${path}`).toBe('strict-origin-when-cross-origin');
          // CORS on the JSON Feeds and all under each language's embed/ (the guide's page too, as _headers says).
          const cors = kind === 'json' || /^(en\/)?embed\//.test(path) ? '*' : null;
          expect(got.headers.get('access-control-allow-origin'), `${server} ${path}`).toBe(cors);
          if (kind === 'json') expect(got.headers.get('content-type'), `${server} ${path}`).toMatch(/^application\/json/);
          if (kind === 'embed' && path.endsWith('.js'))
            expect(got.headers.get('content-type'), `${server} ${path}`).toMatch(/^(text|application)\/javascript/);
          await got.arrayBuffer();
          await wanted.arrayBuffer();
        }
    });

    it(`${server} does not serve the column's _headers file`, async () => {
      const origin = server === 'nginx' ? nginx : apache;
      for (const path of ['_headers', 'en/../_headers']) {
        const response = await fetch(`${origin}${BASE}${path}`);
        expect([403, 404], `${server} ${path}`).toContain(response.status);
        expect(await response.text()).not.toContain('frame-ancestors');
      }
      // The preview server refuses it as well.
      expect((await fetch(`${preview.url}${BASE}_headers`)).status).toBe(404);
    });
  }
});
