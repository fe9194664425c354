import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CmsOptions, type RunningCms, startCms as startEmbeddedCms } from '../../scripts/lib/embedded-cms.ts';

export { compileCms, DATABASES, type Database, type RunningCms } from '../../scripts/lib/embedded-cms.ts';

// Seeding the demo takes 20 s for two bodies and a minute or two for all of them, and some twenty test files
// start a CMS on the same few seeds. Each seed is therefore made once per run, in a database kept as a
// template, and every CMS that asks for it starts on a copy (a file copy on SQLite, CREATE DATABASE …
// TEMPLATE on PostgreSQL). The copy is the same database a fresh seed would give: the seed's version mark is
// in it, so the CMS's own start does everything else it always does (roles, locales, schedules, demo logins).
export const TEMPLATES_ENV = 'COLUMN57_TEST_SEED_TEMPLATES';
const PG_LIST = 'postgres-templates.txt';

export interface TestCmsOptions extends CmsOptions {
  /** Seed in this very database instead of copying a template: for the tests of the seed itself. */
  freshSeed?: boolean;
}

/** A real Strapi on a fresh database; the demo seed it asks for comes from this run's template of that seed. */
export async function startCms(options: TestCmsOptions = {}): Promise<RunningCms> {
  const { freshSeed, ...cmsOptions } = options;
  const seed = cmsOptions.seedBodies ?? 'all';
  const reusesFile = cmsOptions.sqliteFile !== undefined && existsSync(cmsOptions.sqliteFile);
  if (freshSeed || seed === 'none' || reusesFile || !process.env[TEMPLATES_ENV]) return startEmbeddedCms(cmsOptions);
  const from = await seedTemplate(cmsOptions.database ?? 'sqlite', seed);
  return startEmbeddedCms({ ...cmsOptions, from });
}

/** The template of one seed on one database, made by whichever test asks first while the others wait for it. */
async function seedTemplate(database: 'sqlite' | 'postgres', seed: string[] | 'all'): Promise<string> {
  const dir = process.env[TEMPLATES_ENV]!;
  const key = `${database}_${seed === 'all' ? 'all' : seed.join('_')}`.replace(/[^a-z0-9_]/g, '');
  const ready = join(dir, `${key}.ready`);
  const lock = join(dir, `${key}.lock`);
  const name = database === 'sqlite' ? join(dir, `${key}.db`) : `column57_tpl_${process.pid}_${key}`;
  const deadline = Date.now() + 600_000;
  while (!existsSync(ready)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is seeding it.
      if (Date.now() > deadline || Date.now() - statSync(lock).mtimeMs > 600_000)
        throw new Error(`seed template ${key} never became ready`);
      await sleep(250);
      continue;
    }
    try {
      if (database === 'postgres') writeFileSync(join(dir, PG_LIST), `${name}\n`, { flag: 'a' });
      const cms = await startEmbeddedCms({
        database,
        seedBodies: seed,
        env: { CRON_ENABLED: 'false' },
        ...(database === 'sqlite' ? { sqliteFile: name } : { keepPostgresAs: name }),
      });
      await cms.stop();
      writeFileSync(ready, name);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return name;
}

/** This run's PostgreSQL templates, for the global teardown to drop. */
export function postgresTemplatesIn(dir: string): string[] {
  const list = join(dir, PG_LIST);
  return existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [];
}
