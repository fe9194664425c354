/**
 * Writes Strapi's generated types of our content types into the folder given as argument, from the CMS as the
 * global setup compiled it (cms/dist). It does what `strapi ts:generate-types` does, less its first step: that
 * command recompiles the CMS into cms/dist, and a recompile under the other test files' running CMS instances
 * let one of them load a half-written module ("registerChangeNotifier is not a function").
 *
 * Run as a process of its own (`node tests/support/generate-cms-types.ts OUT`): registering Strapi sets globals.
 */
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { CMS_DIR } from '../../scripts/lib/paths.ts';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node tests/support/generate-cms-types.ts OUT_DIR');

const fromCms = createRequire(join(CMS_DIR, 'package.json'));
// @strapi/core is @strapi/strapi's dependency, not the CMS's: it is found from there, as the command finds it.
const { createStrapi } = createRequire(fromCms.resolve('@strapi/strapi/package.json'))('@strapi/core');
const tsUtils = fromCms('@strapi/typescript-utils');

const app = await createStrapi({ appDir: CMS_DIR, distDir: join(CMS_DIR, 'dist') }).register();
await tsUtils.generators.generate({
  strapi: app,
  pwd: CMS_DIR,
  // Strapi joins this to pwd, so it must be relative.
  rootDir: relative(CMS_DIR, resolve(outDir)),
  logger: { silent: true, debug: false },
  artifacts: { contentTypes: true, components: true },
});
await app.destroy();
