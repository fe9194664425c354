import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Feeds read by a parser that is not ours: Debian's python3-feedparser (the Universal Feed Parser, which
 * many readers and aggregators are built on), run by Debian's own Python, where the package installs it
 * (scripts/prerequisites.sh installs it as it installs Chromium). One process reads every file.
 */
export const FEEDPARSER_PYTHON = '/usr/bin/python3';

const READ_FEEDS = `
import calendar, json, sys
import feedparser

def seconds(parsed):
    return calendar.timegm(parsed) if parsed else None

feeds = []
for path in json.load(sys.stdin):
    d = feedparser.parse(path)
    f = d.feed
    feeds.append({
        'file': path,
        'bozo': bool(d.bozo),
        'error': repr(d.get('bozo_exception')) if d.bozo else None,
        'version': d.version,
        'namespaces': sorted(d.namespaces.keys()),
        'title': f.get('title'),
        'link': f.get('link'),
        'description': f.get('subtitle'),
        'language': f.get('language'),
        'self': [l.get('href') for l in f.get('links', []) if l.get('rel') == 'self'],
        'updated': seconds(f.get('updated_parsed')),
        'ttl': f.get('ttl'),
        'items': [{
            'title': e.get('title'),
            'link': e.get('link'),
            'guid': e.get('id'),
            'guidIsLink': e.get('guidislink'),
            'published': seconds(e.get('published_parsed')),
            'author': e.get('author'),
            'source': (e.get('source') or {}).get('href'),
            'duration': e.get('itunes_duration'),
            'enclosures': [
                {'url': x.get('href'), 'length': x.get('length'), 'type': x.get('type')}
                for x in e.get('enclosures', [])
            ],
        } for e in d.entries],
    })
json.dump(feeds, sys.stdout, ensure_ascii=False)
`;

export interface ParsedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  guidIsLink: boolean | null;
  /** Seconds since 1970 (UTC), as feedparser understood the item's date; null when it found none. */
  published: number | null;
  author: string | null;
  source: string | null;
  /** itunes:duration, as a podcast feed gives it ("00:01:05"). */
  duration: string | null;
  enclosures: Array<{ url: string | null; length: string | null; type: string | null }>;
}

export interface ParsedFeed {
  file: string;
  /** feedparser's flag for a feed it had to guess at (not well-formed, undeclared namespace, bad encoding). */
  bozo: boolean;
  error: string | null;
  /** "rss20" for RSS 2.0. */
  version: string;
  namespaces: string[];
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  self: string[];
  /** lastBuildDate, in seconds. */
  updated: number | null;
  ttl: string | null;
  items: ParsedItem[];
}

/** Every file given, as feedparser reads it. */
export function readFeeds(files: string[]): ParsedFeed[] {
  const output = execFileSync(FEEDPARSER_PYTHON, ['-c', READ_FEEDS], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(output) as ParsedFeed[];
}

/** Files under `dir` whose name matches, following the symbolic links a build's out/ is made of; dot-folders skipped. */
export function filesNamed(dir: string, name: RegExp, skip: RegExp = /^\./, found: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (skip.test(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) filesNamed(path, name, skip, found);
    else if (name.test(entry)) found.push(path);
  }
  return found;
}

const url = z.url({ protocol: /^https?$/ });

/**
 * What JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) requires: version, title and items; every
 * item an id and content_html or content_text. What is optional is checked for its form when present.
 */
export const jsonFeed11 = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: url.optional(),
  feed_url: url.optional(),
  language: z.string().optional(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: url.optional(),
        title: z.string().optional(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        image: url.optional(),
        date_published: z.iso.datetime({ offset: true }).optional(),
        date_modified: z.iso.datetime({ offset: true }).optional(),
        authors: z.array(z.object({ name: z.string().min(1) })).optional(),
        tags: z.array(z.string()).optional(),
      })
      .refine((item) => item.content_html !== undefined || item.content_text !== undefined, 'content_html or content_text'),
  ),
});
