import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { ADMIN_TRANSLATIONS, STRAPI_VI } from '../../cms/src/admin/translations/index.ts';
import { ENUMERATION_LABELS } from '../../cms/src/admin/translations/ours.ts';
import { EDITOR_PACKAGES, type EditorPackage, panelKey, strapiMessages } from '../support/strapi-messages.ts';

// The admin panel speaks Vietnamese by construction: every message Strapi ships in English for a package
// an editor meets has Vietnamese, Strapi's own or ours (cms/src/admin/translations/). A Strapi upgrade
// that adds a message fails here, naming it, until it is translated.

/** Messages whose Vietnamese is the English text, reviewed one by one. */
const SAME_IN_VIETNAMESE: Record<string, string> = {
  'Settings.webhooks.singular': 'the technical term, kept in the settings administrators read',
  'app.components.BlockLink.blog': "Strapi's blog: a proper name",
  'app.components.BlockLink.cloud': 'a product name',
  'global.plugins.graphql': 'a product name',
  'global.plugins.sentry': 'a product name',
  'components.Blocks.popover.link.rel.placeholder': 'HTML values typed as they are',
  'components.Blocks.popover.link.target.placeholder': 'HTML values typed as they are',
  'upload.asset-details.crop.focal-x-axis': 'an axis name',
  'upload.asset-details.crop.focal-y-axis': 'an axis name',
  'upload.list.filters.type.video': 'the Vietnamese word is "video"',
  'upload.settings.section.video.label': 'the Vietnamese word is "video"',
};

/** Nothing to translate: only placeholders, markup, spaces and punctuation. */
const hasWords = (message: string) => /\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, '').replace(/<[^>]*>/g, ''));

/** The names a message takes ({name}, {count, plural, …}): Vietnamese may use fewer, never others. */
const argumentsOf = (message: string) => new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1]));

const ours = ADMIN_TRANSLATIONS.vi as Record<string, string>;

describe.each(EDITOR_PACKAGES)("Strapi's %s messages in Vietnamese", (pkg: EditorPackage) => {
  const en = strapiMessages(pkg, 'en');
  const shipped = strapiMessages(pkg, 'vi');

  it('has Vietnamese for every English message, outside the reviewed list', () => {
    const missing = Object.keys(en).filter((key) => {
      const id = panelKey(pkg, key);
      const vi = ours[id] ?? shipped[key];
      if (vi === undefined) return true;
      return vi === en[key] && hasWords(en[key]) && !(id in SAME_IN_VIETNAMESE);
    });
    expect(missing.map((key) => `${panelKey(pkg, key)}: ${en[key]}`)).toEqual([]);
  });

  it('translates only messages Strapi has, with the names the English takes', () => {
    const stale = Object.keys(STRAPI_VI[pkg]).filter((key) => !(key in en));
    expect(stale).toEqual([]);
    const wrongNames = Object.entries(STRAPI_VI[pkg]).filter(([key, vi]) => {
      const names = argumentsOf(en[key] ?? '');
      return [...argumentsOf(vi)].some((name) => !names.has(name)) || vi.split('{').length !== vi.split('}').length;
    });
    expect(wrongNames).toEqual([]);
  });
});

describe('the reviewed list', () => {
  it('names only messages still said the same in both languages', () => {
    const english = Object.assign(
      {},
      ...EDITOR_PACKAGES.map((pkg) => {
        const en = strapiMessages(pkg, 'en');
        return Object.fromEntries(Object.keys(en).map((key) => [panelKey(pkg, key), en[key]]));
      }),
    ) as Record<string, string>;
    const outdated = Object.keys(SAME_IN_VIETNAMESE).filter((id) => ours[id] !== english[id]);
    expect(outdated).toEqual([]);
  });
});

describe('enumerations', () => {
  const schemas = readdirSync(join(CMS_DIR, 'src', 'api')).flatMap((api) => {
    const dir = join(CMS_DIR, 'src', 'api', api, 'content-types');
    try {
      return readdirSync(dir).map((type) => ({ type, schema: JSON.parse(readFileSync(join(dir, type, 'schema.json'), 'utf8')) }));
    } catch {
      return [];
    }
  });
  /**
   * Filled in on the reporting page, or by readers on a column's form (subscriptions, which the content
   * manager does not show): their enumerations are labelled where they are chosen.
   */
  const NOT_IN_THE_CONTENT_MANAGER = new Set(['monthly-report', 'subscription']);

  it('shows every option of every content type by its label, in both languages', () => {
    const unlabelled: string[] = [];
    for (const { type, schema } of schemas) {
      if (NOT_IN_THE_CONTENT_MANAGER.has(type)) continue;
      for (const [field, attribute] of Object.entries(schema.attributes as Record<string, { type: string; enum?: string[] }>)) {
        for (const code of attribute.type === 'enumeration' ? attribute.enum! : []) {
          const labels = [ENUMERATION_LABELS.vi[code], ENUMERATION_LABELS.en[code]];
          if (labels.some((label) => !label || label === code)) unlabelled.push(`${type}.${field}: ${code}`);
        }
      }
    }
    expect(schemas.length).toBeGreaterThan(5);
    expect(unlabelled).toEqual([]);
  });

  it("takes no id of Strapi's own messages (an option is shown through the message named by its code)", () => {
    const taken = EDITOR_PACKAGES.flatMap((pkg) => Object.keys(strapiMessages(pkg, 'en')).map((key) => panelKey(pkg, key)));
    expect(Object.keys(ENUMERATION_LABELS.vi).filter((code) => taken.includes(code))).toEqual([]);
  });
});
