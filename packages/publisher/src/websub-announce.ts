import { join } from 'node:path';
import { feedTopicsIn } from './feed-topics.ts';
import { WEBSUB_TEXT } from './websub-text.ts';

// A ping lists its feeds in the form; this many to a request keeps each well under a hub's limits.
const URLS_PER_PING = 100;

/**
 * Tells the WebSub hub that the feeds of the columns just made live (and the national hub's) may have
 * changed: `hub.mode=publish` with each feed as `hub.url`, the ping hubs take (ours, websub-hub.ts, sends
 * a feed on only if it did change). A hub that cannot be reached is logged: readers then see the change
 * when they next poll, and the included hub sends what it missed when it starts.
 */
export async function announceFeeds(hub: string, outDir: string, slugs: string[], log: (message: string) => void) {
  const urls = [outDir, ...slugs.map((slug) => join(outDir, slug))].flatMap((dir) => feedTopicsIn(dir).map((topic) => topic.url));
  try {
    for (let i = 0; i < urls.length; i += URLS_PER_PING) {
      const form = new URLSearchParams([['hub.mode', 'publish'], ...urls.slice(i, i + URLS_PER_PING).map((url) => ['hub.url', url])]);
      const response = await fetch(hub, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }
    if (urls.length) log(WEBSUB_TEXT.both('announced', { count: urls.length, hub }));
  } catch (error) {
    log(`! ${WEBSUB_TEXT.both('notAnnounced', { hub, reason: (error as Error).message })}`);
  }
}
