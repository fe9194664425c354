/**
 * What each network takes, as its own documentation states it (the endpoints are not reachable from here to
 * check): a Facebook post holds up to 63,206 characters; a Zalo Official Account article (Article API v2.0)
 * has a title of up to 150 characters, an author of up to 50, a description of up to 300, and a cover photo of up
 * to 1 MB.
 */
export const FACEBOOK_POST_LIMIT = 63_206;
export const ZALO_TITLE_LIMIT = 150;
export const ZALO_DESCRIPTION_LIMIT = 300;
export const ZALO_AUTHOR_LIMIT = 50;
export const ZALO_COVER_BYTES = 1_000_000;

/**
 * The pictures of a kit, in the sizes the networks show without cropping: a square for feeds, 1.91:1 for a
 * link's preview (Facebook and Zalo alike), and a 9:16 story.
 */
export const SHARE_KIT_SIZES = [
  { name: 'square', width: 1080, height: 1080 },
  { name: 'landscape', width: 1200, height: 628 },
  { name: 'story', width: 1080, height: 1920 },
] as const;
export type ShareKitSize = (typeof SHARE_KIT_SIZES)[number]['name'];
