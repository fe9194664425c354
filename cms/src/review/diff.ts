import type { Core } from '@strapi/strapi';
import { diffWords } from 'diff';
import { attributesOf } from '../schema-of';
import { fieldLabel, type Row } from './entries';
import { valueKindOf } from '../value-kind';
import type { DiffPart, FieldChange, LocaleChanges } from './answers';
import { REVIEW_FIELDS } from './fields';

/** Field types compared as text; relations, media and components are left to the entry itself. */
const TEXT_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'date',
  'datetime',
  'time',
  'integer',
  'biginteger',
  'decimal',
  'float',
  'boolean',
]);
const SKIPPED = new Set<string>([...REVIEW_FIELDS, 'createdAt', 'updatedAt', 'publishedAt', 'publishAt', 'unpublishAt', 'national']);

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const wholeParts = (before: string, after: string): DiffPart[] => [
  ...(before ? [{ value: before, removed: true as const }] : []),
  ...(after ? [{ value: after, added: true as const }] : []),
];

/**
 * The draft against the published version, locale by locale, with jsdiff's word diff (`diffWords`): a
 * Vietnamese sentence changes by words, and a word diff reads like a proofreader's marks.
 */
export function changesOf(strapi: Core.Strapi, uid: string, rows: Row[]): LocaleChanges[] {
  const fields = [...attributesOf(strapi, uid)].filter(([name, a]) => TEXT_TYPES.has(a.type) && !SKIPPED.has(name));
  const drafts = rows.filter((r) => !r.publishedAt).sort((a, b) => Number(b.locale === 'vi') - Number(a.locale === 'vi'));
  return drafts.map((draft) => {
    const live = rows.find((r) => r.publishedAt && r.locale === draft.locale);
    const changes: FieldChange[] = [];
    for (const [field, attribute] of fields) {
      const [before, after] = [asText(live?.[field]), asText(draft[field])];
      if (before === after) continue;
      // An option or a yes/no is compared whole: a code or true/false diffed by words reads as English fragments.
      const kind = valueKindOf(attribute.type);
      const parts = kind
        ? wholeParts(before, after)
        : diffWords(before, after).map(({ value, added, removed }) => ({
            value,
            ...(added ? { added: true } : {}),
            ...(removed ? { removed: true } : {}),
          }));
      changes.push({ field, label: fieldLabel(uid, field), parts, ...(kind ? { kind } : {}) });
    }
    return { locale: draft.locale ?? '', published: Boolean(live), fields: changes };
  });
}
