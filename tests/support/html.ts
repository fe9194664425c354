import { parseHTML } from 'linkedom';

/** Every URL a page refers to: links, images, sources, feeds. */
export const referencesIn = (html: string): string[] => referencesOf(parseHTML(html).document);

/** Every address a parsed page refers to: links, stylesheets, pictures (each srcset candidate), scripts. */
export function referencesOf(document: ParentNode): string[] {
  const urls: string[] = [];
  for (const el of document.querySelectorAll('a[href], link[href]')) urls.push(el.getAttribute('href')!);
  for (const el of document.querySelectorAll('img[src], script[src]')) urls.push(el.getAttribute('src')!);
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of el.getAttribute('srcset')!.split(',')) urls.push(part.trim().split(/\s+/)[0]);
  }
  return urls;
}

/** Links that stay inside the column (relative ones), without their #fragment. */
export const internal = (urls: string[]) =>
  urls
    .filter((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('#'))
    .map((u) => u.split('#')[0])
    .filter(Boolean);

export const dom = (html: string) => parseHTML(html).document;
