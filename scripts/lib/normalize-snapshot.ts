import { createHash } from 'node:crypto';
import { type BodyContent, itemListsOf, type Manifest } from '../../packages/snapshot/src/index.ts';

/**
 * Makes a snapshot independent of the database it came from: document ids (random per database)
 * become ids derived from what the entry is (body, type, slug), times become one fixed instant, and
 * the media library's addresses of pictures in a text become addresses derived from the picture.
 * The committed demo snapshot is stored this way, and a fresh export normalised the same way must
 * equal it.
 */
export const FIXED_TIME = '2026-11-20T00:00:00.000Z';

const stableId = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 24);

export function normalizeSnapshot(manifest: Manifest, bodies: BodyContent[]): { manifest: Manifest; bodies: BodyContent[] } {
  const ids = new Map<string, string>();
  const name = (id: string, key: string) => ids.set(id, stableId(key));
  manifest.bodies.forEach((b) => name(b.id, `body:${b.slug}`));
  manifest.topics.forEach((t) => name(t.id, `topic:${t.slug}`));
  manifest.audiences.forEach((a) => name(a.id, `audience:${a.code}`));
  manifest.national.documents.forEach((d) => name(d.id, `document:${d.slug}`));
  manifest.national.campaigns.forEach((c) => name(c.id, `campaign:${c.slug}`));
  for (const content of bodies) {
    const scope = content.body;
    // A shared copy is named by the body that wrote it, as its original is.
    content.articles.forEach((a) => name(a.id, `${a.sharedFrom ?? scope}:article:${a.locales.vi.slug}`));
    content.documents.forEach((d) => name(d.id, `${scope}:document:${d.slug}`));
    content.campaigns.forEach((c) => name(c.id, `${scope}:campaign:${c.slug}`));
    content.honours.forEach((h) => name(h.id, `${scope}:honour:${h.date}:${h.locales.vi.recipient}`));
    content.tasks.forEach((t) => name(t.id, `${scope}:task:${t.code}`));
    // A shared bulletin is the same item in its owner's content and in each commune's: keyed by its owner.
    content.bulletins.forEach((b) => name(b.id, `${b.sharedFrom ?? scope}:bulletin:${b.slug}`));
  }
  const rewrite = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) {
      // Lists of ids come back in database order; sorted, their order means nothing.
      if (value.length && value.every((v) => typeof v === 'string' && ids.has(v))) return value.map((v) => ids.get(v)!).sort();
      return value.map((v) => rewrite(v));
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
    }
    if (typeof value === 'string') {
      if (key === 'generatedAt' || key === 'updatedAt' || key === 'publishedAt') return FIXED_TIME;
      return ids.get(value) ?? value;
    }
    return value;
  };
  const byKey = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  // The media library names an upload with a random suffix: a picture in a text is named by its content instead.
  for (const content of bodies) {
    for (const article of content.articles) {
      for (const text of Object.values(article.locales)) {
        for (const picture of text?.pictures ?? []) {
          const stable = `/uploads/${picture.file.hash.slice(0, 16)}.${picture.file.ext}`;
          text!.content = text!.content.split(picture.src).join(stable);
          picture.src = stable;
        }
      }
    }
  }
  // Rows come in database order: every list of items is sorted by its (now stable) id, whichever lists
  // the content has. Spreading over `c` keeps each list where it was, so the file's key order holds.
  const normalizedBodies = bodies.map((content) => {
    const c = rewrite(content) as BodyContent;
    const sorted = Object.fromEntries(Object.entries(itemListsOf(c)).map(([kind, list]) => [kind, byKey(list)]));
    return { ...c, ...sorted } as BodyContent;
  });
  const m = rewrite(manifest) as Manifest;
  return {
    manifest: { ...m, national: { documents: byKey(m.national.documents), campaigns: byKey(m.national.campaigns) } },
    bodies: normalizedBodies,
  };
}
