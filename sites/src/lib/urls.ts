import { isMailAddress, isWebUrl } from '@column57/snapshot';

/**
 * THE way a URL from content gets into an href, a src or JSON-LD. The snapshot validator already
 * refuses a body carrying anything but http(s) (and a usable e-mail address); this checks again at the
 * point of output, so a path that skips validation (a preview, a future field, a hand-made snapshot)
 * still cannot write a javascript: or data: link. Each returns null for what it will not write, and
 * the caller leaves the link out.
 */

/** An absolute http(s) URL from content, or null. */
export const webHref = (url: string | null | undefined): string | null => (url && isWebUrl(url) ? url : null);

/** A mailto: link to a contact address, or null. */
export const mailtoHref = (email: string | null | undefined): string | null => (email && isMailAddress(email) ? `mailto:${email}` : null);

/** A URL shown as text beside its link: without the scheme, as people write it. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\//i, '');
