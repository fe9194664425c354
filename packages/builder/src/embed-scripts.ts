import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@column57/i18n';
import { SITES_DIR } from '@column57/sites/dir';
import { EMBED_SCRIPT_TEXT } from '@column57/sites/embed-script-text';
import { both } from './messages.ts';

const SOURCES = join(SITES_DIR, 'embed');

/** A text as a JavaScript string literal in the scripts' own single quotes. */
const literal = (text: string) => `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
const widgetLabels = (locale: Locale) =>
  `{ title: ${literal(EMBED_SCRIPT_TEXT.t(locale, 'widgetTitle'))}, more: ${literal(EMBED_SCRIPT_TEXT.t(locale, 'widgetMore'))} }`;

/** Each portal-side script's placeholders, and the catalogue's text that takes their place. */
const FILLS = {
  'frame.js': [["/*FRAME_TITLE*/''", literal(EMBED_SCRIPT_TEXT.t('vi', 'frameTitle'))]],
  'widget.js': [['/*LABELS*/{}', `{ vi: ${widgetLabels('vi')}, en: ${widgetLabels('en')} }`]],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;

/** A portal-side script (sites/embed/) as a column serves it: its text filled in from its catalogue. */
export function embedScript(file: keyof typeof FILLS): string {
  let script = readFileSync(join(SOURCES, file), 'utf8');
  for (const [placeholder, text] of FILLS[file]) {
    if (!script.includes(placeholder)) throw new Error(both('placeholderLost', { file: `sites/embed/${file}`, placeholder }));
    script = script.replace(placeholder, () => text);
  }
  return script;
}

/**
 * The embedding helpers of a column (sites/embed/): the portal-side frame and widget scripts with their
 * text filled in, and the in-column frame helper as it is (which portals may frame the column is said by
 * the server's frame-ancestors, not by the helper).
 */
export function writeEmbedScripts(embedDir: string) {
  mkdirSync(embedDir, { recursive: true });
  for (const file of ['frame.js', 'widget.js'] as const) writeFileSync(join(embedDir, file), embedScript(file));
  writeFileSync(join(embedDir, 'frame-child.js'), readFileSync(join(SOURCES, 'frame-child.js')));
  // Pictures of each way of embedding, for the embed guide (taken by tests/sites/embed.test.ts).
  mkdirSync(join(embedDir, 'screenshots'), { recursive: true });
  for (const file of readdirSync(join(SOURCES, 'screenshots')))
    writeFileSync(join(embedDir, 'screenshots', file), readFileSync(join(SOURCES, 'screenshots', file)));
}
