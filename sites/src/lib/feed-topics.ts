/**
 * The feeds a WebSub hub may be asked about (its topics): each at the address it names itself by, and
 * where its file is in the built column (or the hub). Kept beside them in `FEED_TOPICS_FILE`, so the build
 * service knows what to announce after a build and the included hub what it may send, and nothing else.
 */
export interface FeedTopic {
  url: string;
  path: string;
  type: string;
}
export const FEED_TOPICS_FILE = '.column57-feeds.json';
