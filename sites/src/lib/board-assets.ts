import { createHash } from 'node:crypto';
import type { Locale, MediaRef } from '@column57/snapshot';
import { boardSlides, type Slide } from './board.ts';
import type { Column } from './column.ts';
import { imageFor } from './images.ts';
import { paths, relative } from './paths.ts';

/** The one picture a board shows of an image: the largest JPEG/PNG the build made (one file, so one to keep offline). */
export function boardImage(ref: MediaRef | null): { src: string; width: number; height: number } | null {
  const variants = imageFor(ref);
  const largest = variants?.sources.at(-1);
  if (!variants || !largest) return null;
  return { src: largest.fallback, width: largest.width, height: Math.round((variants.height * largest.width) / variants.width) };
}

/** What a board's page compares when it fetches itself again: a new version replaces the slides it shows. */
export const boardVersion = (slides: Slide[]) => createHash('sha256').update(JSON.stringify(slides)).digest('hex').slice(0, 16);

/**
 * The board's offline worker (bang-tin/sw.js): it keeps the board's page and pictures, answers from them
 * when the network is gone, and takes each newer copy as the page fetches itself. The list it keeps first
 * and its cache's name change with the slides, so a board's browser installs the new worker on its own.
 * Caches are per origin and a portal may carry several columns: each keeps its own, by its path.
 */
export function boardWorker(column: Column, locale: Locale): string {
  const from = paths.section(locale, 'board');
  const slides = boardSlides(column, locale);
  const version = boardVersion(slides);
  const images = slides
    .map((slide) => boardImage(slide.image))
    .filter((image) => image !== null)
    .map((image) => relative(from, image.src));
  const prefix = `column57-board:${column.slug}:${locale}:`;
  return `'use strict';
const PREFIX = ${JSON.stringify(prefix)};
const CACHE = PREFIX + ${JSON.stringify(version)};
const KEEP = ${JSON.stringify(['./', ...new Set(images)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(KEEP)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
// A kept copy says so, for the page to tell the people in front of the board that it is not the latest.
const marked = (kept) => {
  const headers = new Headers(kept.headers);
  headers.set('X-Board-Kept', '1');
  return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers: headers });
};
// The network first, so a board shows what was published; what it keeps when the network is gone.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true, cacheName: CACHE })
        .then((kept) => kept || caches.match(request, { ignoreSearch: true }))
        .then((kept) => (kept ? marked(kept) : Response.error()))),
  );
});
`;
}
