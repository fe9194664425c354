/**
 * What a browser is set to before the panel first draws. Strapi reads the panel's language from
 * localStorage and falls back to English until an account with a preferred language logs in, so the login
 * page of a new browser would greet in English; and it shows its announcements (the "new Media Library"
 * banner) on every browser until each one is dismissed by hand, which editors met at each login on a
 * shared or cleaned machine. An account's own choice still wins: Strapi applies `preferedLanguage` after
 * login, and the profile page changes it.
 */
const LANGUAGE_KEY = 'strapi-admin-language';

export function vietnameseByDefault() {
  if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');
}

/** The announcement banners Strapi keeps dismissed per instance (`<key>:<instance uuid>`). */
const ANNOUNCEMENTS = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false'];

export async function dismissAnnouncements() {
  try {
    const response = await fetch('/admin/init');
    const uuid = ((await response.json()) as { data?: { uuid?: string | false } }).data?.uuid;
    for (const key of ANNOUNCEMENTS) window.localStorage.setItem(`${key}:${uuid}`, 'true');
  } catch {
    // Without the instance's id the banner shows once and is dismissed by hand: nothing is lost.
  }
}
