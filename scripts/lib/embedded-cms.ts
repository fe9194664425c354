import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CMS_DIR } from './paths.ts';
import { ephemeralSecrets } from './secrets.ts';

// Strapi's ESM entry trips over lodash/fp; its CommonJS entry works.
const requireFromCms = createRequire(join(CMS_DIR, 'package.json'));
interface StrapiModule {
  compileStrapi(): Promise<unknown>;
  createStrapi(options: { appDir: string; distDir: string; autoReload: boolean; serveAdminPanel: boolean }): any;
}
const strapiModule = () => requireFromCms('@strapi/strapi') as StrapiModule;

export type Database = 'sqlite' | 'postgres';
export const DATABASES: Database[] = ['sqlite', 'postgres'];

export async function compileCms() {
  const previous = process.cwd();
  process.chdir(CMS_DIR);
  try {
    await strapiModule().compileStrapi();
  } finally {
    process.chdir(previous);
  }
}

async function createPostgresDatabase(): Promise<{ name: string; drop: () => Promise<void> }> {
  const { Client } = requireFromCms('pg');
  const name = `column57_test_${randomBytes(5).toString('hex')}`;
  const admin = new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
  });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    name,
    async drop() {
      const client = new Client({
        host: process.env.PGHOST ?? '127.0.0.1',
        port: Number(process.env.PGPORT ?? 5432),
        user: process.env.PGUSER ?? 'postgres',
        database: 'postgres',
      });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface RunningCms {
  strapi: any;
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export interface CmsOptions {
  database?: Database;
  /** Seed the demo: every body's reference data, and content for these bodies (all when empty). */
  seedBodies?: string[] | 'all' | 'none';
  env?: Record<string, string>;
  /** Use this SQLite file (kept after stop) instead of a throw-away one: to start twice on one database. */
  sqliteFile?: string;
  /** Serve the admin panel at /admin (built by the tests' global setup), for tests that drive it in Chromium. */
  serveAdminPanel?: boolean;
}

/** A real Strapi on a fresh database (temporary SQLite file or a new PostgreSQL database), on a free loopback port. */
export async function startCms(options: CmsOptions = {}): Promise<RunningCms> {
  const database = options.database ?? 'sqlite';
  const tempDir = mkdtempSync(join(tmpdir(), 'column57-cms-'));
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(tempDir, { recursive: true, force: true })];
  Object.assign(process.env, ephemeralSecrets(), {
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
    STRAPI_DISABLE_REMOTE_DATA_TRANSFER: 'true',
    COLUMN57_SEED: options.seedBodies === 'none' ? '' : 'demo',
    COLUMN57_SEED_BODIES: Array.isArray(options.seedBodies) ? options.seedBodies.join(',') : '',
    COLUMN57_DEMO_PASSWORD: '',
    COLUMN57_TOKEN_FILE: '',
    COLUMN57_REPORT_TOKEN_FILE: '',
    COLUMN57_STARTUP_BANNER: 'false',
    ...options.env,
  });
  if (database === 'postgres') {
    const pg = await createPostgresDatabase();
    cleanups.push(pg.drop);
    Object.assign(process.env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_NAME: pg.name,
      DATABASE_HOST: '127.0.0.1',
      DATABASE_USERNAME: process.env.PGUSER ?? 'postgres',
    });
    delete process.env.DATABASE_URL;
  } else {
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: options.sqliteFile ?? join(tempDir, 'data.db') });
  }
  const { createStrapi } = strapiModule();
  const strapi = createStrapi({
    appDir: CMS_DIR,
    distDir: join(CMS_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: options.serveAdminPanel ?? false,
  });
  strapi.log.level = 'warn';
  await strapi.load();
  await strapi.listen();
  // Node's fetch keeps connections open between requests; a test that works for more than the server's
  // default 5 s keep-alive without a request then met a socket the server was closing (ECONNRESET).
  strapi.server.httpServer.keepAliveTimeout = 120_000;
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    async stop() {
      await strapi.destroy();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}
