import rss from '@astrojs/rss';
import { BULLETIN_LEVEL, type Bulletin } from '@column57/snapshot';
import type { Column } from './column.ts';
import { feedCustomText, feedHtml, feedText } from './encode.ts';
import { audioFor, bulletinsOf, clockDuration, nameWithin } from './grassroots.ts';
import { GRASSROOTS_TEXT } from './grassroots-text.ts';
import { feedLinks } from './feed-links.ts';
import { canonical, paths } from './paths.ts';

/**
 * The radio channel's podcast feed, truyen-thanh/rss.xml: RSS 2.0 with the iTunes podcast elements that
 * podcast apps and smart-loudspeaker platforms read. Each bulletin with audio carries it as one
 * <enclosure> (absolute URL, the served file's size in bytes, its type) and its measured duration.
 * Emergency bulletins come first, then priority, then normal, each newest first (bulletinOrder).
 */
const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
};
const TTL_MINUTES = 15;

/**
 * A bulletin's GUID, as feedGuid (lib/feeds.ts) names an article: the column, the kind, the CMS's id and
 * the language. A bulletin shared to a commune is that commune's item in the commune's feed.
 */
export const bulletinGuid = (columnSlug: string, bulletin: Bulletin) => `urn:column57:${columnSlug}:bulletin:${bulletin.id}:vi`;

export const radioFeedPath = () => paths.feed(paths.section('vi', 'radio'));

export function radioFeed(column: Column) {
  const locale = 'vi';
  const absolute = (path: string) => canonical(column.body.publicBaseUrl, column.body.basePath, path);
  const bulletins = bulletinsOf(column.content);
  const name = nameWithin(column.manifest, column.body, locale);
  const changed = bulletins.length ? bulletins.map((b) => b.updatedAt).reduce((a, b) => (a > b ? a : b)) : column.content.generatedAt;
  const author = feedCustomText(name);
  return rss({
    title: feedText(`${GRASSROOTS_TEXT.t(locale, 'radio')}: ${name}`),
    description: feedHtml(GRASSROOTS_TEXT.t(locale, 'radioIntro')),
    site: absolute(paths.section(locale, 'radio')),
    trailingSlash: true,
    xmlns: NAMESPACES,
    customData:
      `<language>${locale}</language>${feedLinks(absolute(radioFeedPath()))}` +
      `<lastBuildDate>${new Date(changed).toUTCString()}</lastBuildDate><ttl>${TTL_MINUTES}</ttl>` +
      `<itunes:author>${author}</itunes:author><itunes:explicit>false</itunes:explicit><itunes:type>episodic</itunes:type>`,
    items: bulletins.map((bulletin) => {
      const audio = audioFor(bulletin);
      // The level leads the title where it is not the ordinary one, so an app that lists titles only still shows it.
      const level = bulletin.level === 'normal' ? '' : `${BULLETIN_LEVEL.t(locale, bulletin.level)}: `;
      return {
        title: feedText(`${level}${bulletin.title}`),
        link: absolute(paths.bulletin(locale, bulletin.slug)),
        description: feedHtml(bulletin.script),
        pubDate: new Date(bulletin.publishedAt),
        customData:
          `<guid isPermaLink="false">${bulletinGuid(column.slug, bulletin)}</guid>` +
          (audio ? `<itunes:duration>${clockDuration(audio.durationSeconds)}</itunes:duration>` : '') +
          '<itunes:episodeType>full</itunes:episodeType>',
        ...(audio ? { enclosure: { url: absolute(audio.path), length: audio.bytes, type: audio.mime } } : {}),
      };
    }),
  });
}
