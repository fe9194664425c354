import { buildCmsIfStale } from '../../scripts/lib/cms-build.ts';

/**
 * Builds the CMS once for every test file: its server code, and its admin panel, which the editors' desk tests
 * drive in Chromium. Skipped when the sources are unchanged since the last build (a stamp in cms/dist), and
 * done here, before any test starts, because a build rewrites cms/dist under every running CMS.
 */
export default async function setup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  buildCmsIfStale({ ...process.env, NODE_ENV: 'production' }, (line) => console.log(`[column57] ${line}`));
}
