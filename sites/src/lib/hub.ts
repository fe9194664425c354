import type { BodyContent, Locale, Manifest } from '@column57/snapshot';
import type { HubItem, HubLatest } from './build-plan.ts';
import { buildData } from './plan.ts';

const LATEST_PER_BODY = 2;

/**
 * What the hub shows of one column, worked out when the column is built and kept in its release: the
 * hub then needs no body's full content, so a publish that rebuilds one column (and the hub) does not
 * read the other 55.
 */
export function latestForHub(content: BodyContent): HubLatest {
  const pick = (locale: Locale): HubItem[] =>
    content.articles
      .filter((a) => a.locales[locale] || a.locales.vi)
      .sort((a, b) => b.publishDate.localeCompare(a.publishDate))
      .slice(0, LATEST_PER_BODY)
      .map((a) => {
        const shown: Locale = a.locales[locale] ? locale : 'vi';
        return { slug: a.locales[shown]!.slug, title: a.locales[shown]!.title, locale: shown, publishDate: a.publishDate };
      });
  return { vi: pick('vi'), en: pick('en') };
}

let data: { manifest: Manifest; latest: Map<string, HubLatest>; lead: string | null } | undefined;

/** What the national hub shows: every body, and the latest articles of the columns that are live. */
export function hubData() {
  if (data) return data;
  const { plan, snapshot } = buildData();
  // The Ministry of Science and Technology leads the programme: national documents link into its column.
  const lead = plan.hubBodies?.includes('mst') ? 'mst' : null;
  data = { manifest: snapshot.manifest, latest: new Map(Object.entries(plan.hubLatest ?? {})), lead };
  return data;
}
