import type { Core } from '@strapi/strapi';
import { diffWords } from 'diff';
import { attributesOf } from '../schema-of';
import { fieldLabel, type Row } from './entries';
import { REVIEW_FIELDS } from './fields';

/** One piece of a changed field: kept, added or removed text. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldChange {
  field: string;
  label: string;
  parts: DiffPart[];
}

/** What a publisher reads: per locale, each changed field word by word against the published version. */
export interface LocaleChanges {
  locale: string;
  /** False when the locale was never published: every field reads as added. */
  published: boolean;
  fields: FieldChange[];
}

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

/**
 * The draft against the published version, locale by locale, with jsdiff's word diff (`diffWords`): a
 * Vietnamese sentence changes by words, and a word diff reads like a proofreader's marks.
 */
export function changesOf(strapi: Core.Strapi, uid: string, rows: Row[]): LocaleChanges[] {
  const fields = [...attributesOf(strapi, uid)].filter(([name, a]) => TEXT_TYPES.has(a.type) && !SKIPPED.has(name)).map(([n]) => n);
  const drafts = rows.filter((r) => !r.publishedAt).sort((a, b) => Number(b.locale === 'vi') - Number(a.locale === 'vi'));
  return drafts.map((draft) => {
    const live = rows.find((r) => r.publishedAt && r.locale === draft.locale);
    const changes: FieldChange[] = [];
    for (const field of fields) {
      const [before, after] = [asText(live?.[field]), asText(draft[field])];
      if (before === after) continue;
      const parts = diffWords(before, after).map(({ value, added, removed }) => ({
        value,
        ...(added ? { added: true } : {}),
        ...(removed ? { removed: true } : {}),
      }));
      changes.push({ field, label: fieldLabel(uid, field), parts });
    }
    return { locale: draft.locale ?? '', published: Boolean(live), fields: changes };
  });
}
