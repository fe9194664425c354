import type { BodyContent, Locale, Manifest } from '@column57/snapshot';
import type { HubItem, HubLatest } from './build-plan.ts';
import { buildData } from './plan.ts';

const LATEST_PER_BODY = 2;

/**
 * Where the hub is read when a build is given no address (`column57 build --hub-url`): the preview
 * server of `npm start`, which serves out/ with the hub at its root. Its canonical and hreflang links,
 * sitemap, robots.txt and feeds are absolute, so a deployment that serves the hub passes its address.
 */
export const DEFAULT_HUB_URL = 'http://127.0.0.1:4321/';

/** A hub address as the hub's files write it (absolute http(s), ending in "/"), or null if it is not one. */
export function hubAddress(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) return null;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

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
        return { id: a.id, slug: a.locales[shown]!.slug, title: a.locales[shown]!.title, locale: shown, publishDate: a.publishDate };
      });
  return { vi: pick('vi'), en: pick('en') };
}

/**
 * The Ministry of Science and Technology leads the programme: national documents and campaigns link
 * into its column from the hub and the national search, when its column is live.
 */
export const leadOf = (liveBodies: readonly string[]): string | null => (liveBodies.includes('mst') ? 'mst' : null);

let data: { manifest: Manifest; latest: Map<string, HubLatest>; lead: string | null; url: string } | undefined;

/** What the national hub shows: every body, and the latest articles of the columns that are live. */
export function hubData() {
  if (data) return data;
  const { plan, snapshot } = buildData();
  const lead = leadOf(plan.hubBodies ?? []);
  const url = plan.hubUrl ?? DEFAULT_HUB_URL;
  data = { manifest: snapshot.manifest, latest: new Map(Object.entries(plan.hubLatest ?? {})), lead, url };
  return data;
}
