import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCmsIfStale } from '../../scripts/lib/cms-build.ts';
import { dropPostgresDatabase } from '../../scripts/lib/embedded-cms.ts';
import { postgresTemplatesIn, TEMPLATES_ENV } from './cms.ts';

/**
 * Builds the CMS once for every test file: its server code, and its admin panel, which the editors' desk tests
 * drive in Chromium. Skipped when the sources are unchanged since the last build (a stamp in cms/dist), and
 * done here, before any test starts, because a build rewrites cms/dist under every running CMS.
 * Also names the folder where this run keeps its seeded databases (tests/support/cms.ts), and drops them after.
 */
export default async function setup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  buildCmsIfStale({ ...process.env, NODE_ENV: 'production' }, (line) => console.log(`[column57] ${line}`));
  const templates = mkdtempSync(join(tmpdir(), 'column57-seed-templates-'));
  process.env[TEMPLATES_ENV] = templates;
  return async () => {
    for (const name of postgresTemplatesIn(templates)) await dropPostgresDatabase(name).catch(() => {});
    rmSync(templates, { recursive: true, force: true });
  };
}
