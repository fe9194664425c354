import { compileCms } from './cms.ts';

/** Compiles the CMS's TypeScript once for every test file (the admin panel is not needed). */
export default async function setup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileCms();
}
