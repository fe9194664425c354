import type { Core } from '@strapi/strapi';
import type { Locale } from '@column57/i18n';
import { expandBlocks } from './codes';

export const PROGRAMME_FACT = 'api::programme-fact.programme-fact';

export interface ProgrammeFact {
  key: string;
  name: { vi: string; en: string };
  value: { vi: string; en: string };
  source: string | null;
  updatedAt: string;
}

/** Every block, by key: a few dozen rows, read once per snapshot or check. */
export async function programmeFacts(strapi: Core.Strapi): Promise<Map<string, ProgrammeFact>> {
  const rows = await strapi.db.query(PROGRAMME_FACT).findMany({ orderBy: { key: 'asc' } });
  return new Map(
    rows.map((r: any): [string, ProgrammeFact] => [
      r.key,
      {
        key: r.key,
        name: { vi: r.nameVi, en: r.nameEn },
        value: { vi: r.valueVi, en: r.valueEn },
        source: r.source ?? null,
        updatedAt: new Date(r.updatedAt).toISOString(),
      },
    ]),
  );
}

/** The words a block puts into a text of a language (English falls back to Vietnamese if left empty). */
export const valueIn = (facts: Map<string, ProgrammeFact>, locale: Locale) => (key: string) => {
  const fact = facts.get(key);
  return fact ? (locale === 'en' ? fact.value.en || fact.value.vi : fact.value.vi) : undefined;
};

/** Whether any block changed after `since`: a column's texts then read differently though none was edited. */
export async function blocksChangedSince(strapi: Core.Strapi, since: string): Promise<boolean> {
  return (await strapi.db.query(PROGRAMME_FACT).count({ where: { updatedAt: { $gt: since } } })) > 0;
}

/**
 * Texts with their blocks' current words, for what is made from a text once and then kept as its own (a radio
 * bulletin's script proposed from an article): a code read aloud would be nonsense.
 */
export async function blockExpander(strapi: Core.Strapi): Promise<(text: string | null | undefined, locale?: Locale) => string> {
  const facts = await programmeFacts(strapi);
  return (text, locale = 'vi') => (text ? expandBlocks(text, valueIn(facts, locale)) : '');
}
