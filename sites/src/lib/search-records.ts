import type { Article, Campaign, LegalDocument } from '@column57/snapshot';
import { decodeHTML } from 'entities';
import { type Column, pagesOf, textIn } from './column.ts';
import { shortDate } from './dates.ts';
import { plainText } from './markdown.ts';
import { type ColumnSearchRecords, SEARCH_KINDS, type SearchRecord } from './search-format.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (markdown: string | null | undefined) => (markdown ? decodeHTML(plainText(markdown)) : '');

/**
 * Every searchable page of a column, found in its list of pages (so a page of these kinds added later is
 * indexed too), with the text its page shows.
 */
export function searchRecordsOf(column: Column): ColumnSearchRecords {
  const records: SearchRecord[] = [];
  const national = new Set([...column.manifest.national.documents, ...column.manifest.national.campaigns].map((x) => x.id));
  for (const spec of pagesOf(column)) {
    if (!(SEARCH_KINDS as readonly string[]).includes(spec.kind) || !('id' in spec)) continue;
    const { locale, path, id } = spec;
    const common = { path, locale, id, origin: national.has(id) ? ('national' as const) : ('own' as const) };
    const date = (value: string | null) => (value ? shortDate(value, locale) : null);
    if (spec.kind === 'article') {
      const article = column.find<Article>(id)!;
      const text = article.locales[locale]!;
      records.push({
        ...common,
        kind: 'article',
        origin: article.sharedFrom ? 'shared' : 'own',
        title: text.title,
        text: oneLine([text.summary, textOf(text.content), text.byline ?? ''].join(' ')),
        date: date(article.publishDate),
      });
    } else if (spec.kind === 'document') {
      const doc = column.find<LegalDocument>(id)!;
      const text = textIn(doc, locale);
      records.push({
        ...common,
        kind: 'document',
        title: `${doc.number}: ${text.title}`,
        text: oneLine([text.issuer, doc.signer ?? '', text.summary, textOf(text.fullText)].join(' ')),
        date: date(doc.issueDate),
      });
    } else if (spec.kind === 'campaign') {
      const campaign = column.campaigns.find((c) => c.id === id) as Campaign;
      const text = textIn(campaign, locale);
      records.push({ ...common, kind: 'campaign', title: text.title, text: textOf(text.description), date: date(campaign.startDate) });
    }
  }
  return { slug: column.slug, name: column.body.name, records };
}
