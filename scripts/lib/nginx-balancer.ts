import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCatalogue } from '../../packages/i18n/src/index.ts';
import { freePort } from './free-port.ts';

const BALANCER_TEXT = defineCatalogue('nginx-balancer', {
  vi: { notAnswering: ({ url, log }: { url: string; log: string }) => `nginx ở ${url} không trả lời; xem ${log}` },
  en: { notAnswering: ({ url, log }) => `nginx at ${url} is not answering; see ${log}` },
});

export interface Balancer {
  /** Where the balancer answers, e.g. http://127.0.0.1:40123 */
  url: string;
  /** One line per request: the instance that served it (nginx's $upstream_addr). */
  accessLog: string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx on loopback, balancing round robin between CMS instances (no sticky sessions, as the
 * production layout in the README has it). Resolves once it forwards a health check. Its files are in a
 * folder of its own that its workers (`nobody` when run as root) can enter: they keep uploads' bodies there.
 */
export async function startBalancer(instances: string[]): Promise<Balancer> {
  const dir = mkdtempSync(join(tmpdir(), 'column57-nginx-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const accessLog = join(dir, 'access.log');
  const servers = instances.map((instance) => `server ${new URL(instance).host};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  log_format upstream '$upstream_addr';
  access_log ${accessLog} upstream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream cms { ${servers} keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 50m;
    location / {
      proxy_pass http://cms;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  );
  const nginx: ChildProcess = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while ((await fetch(`${url}/_health`).catch(() => null))?.status !== 204) {
    if (nginx.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(BALANCER_TEXT.both('notAnswering', { url, log: join(dir, 'error.log') }));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, accessLog, stop };
}
