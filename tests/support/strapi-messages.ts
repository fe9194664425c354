import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CMS_DIR } from '../../scripts/lib/paths.ts';

/**
 * The messages Strapi ships for the admin panel, read from the installed packages: the panel's own
 * (`admin`) and the plugins an editor, a publisher or the national editor meets. The content-type builder,
 * e-mail settings, releases and review workflows are for administrators (or absent without a licence).
 */
export const EDITOR_PACKAGES = ['admin', 'content-manager', 'upload', 'i18n'] as const;
export type EditorPackage = (typeof EDITOR_PACKAGES)[number];

const fromStrapi = createRequire(createRequire(join(CMS_DIR, 'package.json')).resolve('@strapi/strapi/package.json'));

/** One package's messages in one language, keyed as in its en.json (without the plugin's prefix). */
export function strapiMessages(pkg: EditorPackage, locale: 'en' | 'vi'): Record<string, string> {
  const root = dirname(fromStrapi.resolve(`@strapi/${pkg}/package.json`));
  const file = join(root, pkg === 'admin' ? 'dist/admin/admin/src/translations' : 'dist/admin/translations', `${locale}.json.js`);
  // A package with no Vietnamese at all (upload, i18n) ships no vi file.
  if (!existsSync(file)) return {};
  const loaded = fromStrapi(file) as { default?: Record<string, string> } & Record<string, string>;
  return (loaded.default ?? loaded) as Record<string, string>;
}

/** A message's key as the panel sees it: a plugin's keys carry its id. */
export const panelKey = (pkg: EditorPackage, key: string) => (pkg === 'admin' ? key : `${pkg}.${key}`);
