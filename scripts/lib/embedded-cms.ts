import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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

function postgresAdmin() {
  const { Client } = requireFromCms('pg');
  return new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
  });
}

/** Runs one statement on the server's maintenance database (CREATE and DROP DATABASE cannot run inside the one they name). */
async function onPostgresServer(statement: string) {
  const admin = postgresAdmin();
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A new PostgreSQL database, empty or a copy of `template`; `name` keeps it after stop, otherwise it is dropped. */
async function createPostgresDatabase(template?: string, name?: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const database = name ?? `column57_test_${randomBytes(5).toString('hex')}`;
  await onPostgresServer(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
  return { name: database, drop: name ? async () => {} : () => dropPostgresDatabase(database) };
}

export async function dropPostgresDatabase(name: string) {
  await onPostgresServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
  /**
   * Start from a copy of this database (a SQLite file, or a PostgreSQL database used as a template) instead of
   * an empty one: a seed already in it is found by its version mark and not made again.
   */
  from?: string;
  /** PostgreSQL only: create the database under this name and keep it after stop (to serve as a template). */
  keepPostgresAs?: string;
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
    const pg = await createPostgresDatabase(options.from, options.keepPostgresAs);
    cleanups.push(pg.drop);
    Object.assign(process.env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_NAME: pg.name,
      DATABASE_HOST: '127.0.0.1',
      DATABASE_USERNAME: process.env.PGUSER ?? 'postgres',
    });
    delete process.env.DATABASE_URL;
  } else {
    const filename = options.sqliteFile ?? join(tempDir, 'data.db');
    if (options.from) copyFileSync(options.from, filename);
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
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
