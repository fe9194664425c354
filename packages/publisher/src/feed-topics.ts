import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_TOPICS_FILE, type FeedTopic } from '@column57/sites/feed-topics';

/** The feeds a built column (or the hub, at out/'s root) kept in FEED_TOPICS_FILE; none if it kept no list. */
export function feedTopicsIn(dir: string): FeedTopic[] {
  try {
    return JSON.parse(readFileSync(join(dir, FEED_TOPICS_FILE), 'utf8')) as FeedTopic[];
  } catch {
    // A column built before it kept its feeds, or none at all: it has no topics yet.
    return [];
  }
}
