import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_WORDS } from '../cms/src/reporting/export/table.ts';
import * as snapshot from '../packages/snapshot/src/vocabulary.ts';
import { ROOT } from '../scripts/lib/paths.ts';

// Each enum and its labels are declared once, in packages/snapshot/src/vocabulary.ts: the zod schema
// (what a column accepts), the column's labels (what a reader sees) and the CMS's reports take them from
// there. Strapi reads the options an editor can pick from JSON, which cannot import; this test walks every
// enumeration attribute of the Strapi schema and checks it against its vocabulary, so they cannot drift.

/** The snapshot list each enumeration attribute carries; CMS-only ones say why they have none. */
const SNAPSHOT_LIST: Record<string, readonly string[] | { cmsOnly: string }> = {
  'api/article.channel': snapshot.CHANNELS,
  'api/audience.code': snapshot.AUDIENCE_CODES,
  'api/resolution-document.docType': snapshot.DOCUMENT_TYPES,
  'api/resolution-document.legalStatus': snapshot.DOCUMENT_STATUSES,
  'api/honour.kind': snapshot.HONOUR_KINDS,
  'api/st-task.taskStatus': snapshot.TASK_STATUSES,
  'api/radio-bulletin.level': snapshot.BULLETIN_LEVELS,
  'api/radio-bulletin.voice': snapshot.BULLETIN_VOICES,
  'components/campaign/asset.kind': snapshot.ASSET_KINDS,
  'components/task/press-item.channel': snapshot.CHANNELS,
  'components/body/kind-period.kind': snapshot.BODY_KINDS,
  'api/subscription.scope': snapshot.SUBSCRIPTION_SCOPE.codes,
  'api/subscription.frequency': snapshot.SUBSCRIPTION_FREQUENCY.codes,
  'api/subscription.language': snapshot.LOCALES,
  'api/monthly-report.reportStatus': { cmsOnly: 'reports never leave the CMS' },
  'api/monthly-report.columnStatus': { cmsOnly: 'reports never leave the CMS' },
  'components/plan/activity.kind': { cmsOnly: 'annual plans never leave the CMS' },
  'components/plan/activity.quarter': { cmsOnly: 'annual plans never leave the CMS' },
};

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? schemaFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** Every enumeration attribute of the CMS, keyed like SNAPSHOT_LIST ("api/article.channel"). */
function cmsEnumerations(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const src = join(ROOT, 'cms', 'src');
  for (const file of [...schemaFiles(join(src, 'api')), ...schemaFiles(join(src, 'components'))]) {
    const rel = relative(src, file);
    if (rel.startsWith('api') && !rel.endsWith('schema.json')) continue;
    const owner = rel.startsWith('api') ? `api/${rel.split('/')[1]}` : rel.replace(/\.json$/, '');
    const attributes = JSON.parse(readFileSync(file, 'utf8')).attributes ?? {};
    for (const [name, attribute] of Object.entries<any>(attributes)) {
      if (attribute.type === 'enumeration') found.set(`${owner}.${name}`, attribute.enum);
    }
  }
  return found;
}

describe('one vocabulary from the CMS to the column', () => {
  const enumerations = cmsEnumerations();

  it("finds the CMS's enumerations (the walk works)", () => {
    expect(enumerations.size).toBeGreaterThanOrEqual(10);
  });

  it("every enumeration of the CMS is matched to the snapshot's list, or said to stay in the CMS", () => {
    expect(
      [...enumerations.keys()].filter((key) => !(key in SNAPSHOT_LIST)),
      'enumerations to classify here',
    ).toEqual([]);
    expect(
      Object.keys(SNAPSHOT_LIST).filter((key) => !enumerations.has(key)),
      'classified attributes that are gone',
    ).toEqual([]);
  });

  for (const [key, list] of Object.entries(SNAPSHOT_LIST)) {
    if (!Array.isArray(list)) continue;
    it(`${key} offers exactly the values a column accepts`, () => {
      expect(enumerations.get(key)).toEqual([...list]);
    });
  }

  it('the reports name the channels as the column does, mid-sentence', () => {
    for (const code of snapshot.CHANNEL.codes) {
      const label = snapshot.CHANNEL.pair(code);
      expect(CHANNEL_WORDS[code], code).toEqual({ vi: label.vi.toLocaleLowerCase('vi'), en: label.en.toLowerCase() });
    }
  });
});
