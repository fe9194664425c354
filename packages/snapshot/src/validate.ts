import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as schema from './schema.ts';
import type { BodyContent, Manifest, MediaRef } from './types.ts';
import { bilingual, type Locale } from '@column57/i18n';
import { VALIDATION_TEXT as TEXT } from './messages.ts';

/** A message made in each language from parts in that language, said as "vi / en". */
const inBoth = (say: (locale: Locale) => string) => bilingual({ vi: say('vi'), en: say('en') });

/**
 * zod's own messages (a field missing, a value of the wrong type) in both languages, from the catalogues
 * zod ships; a message a schema gives itself (schema.ts) is already bilingual and takes precedence.
 */
const ZOD_CATALOGUES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };
const zodInBoth: z.core.$ZodErrorMap = (issue) =>
  inBoth((locale) => {
    const said = ZOD_CATALOGUES[locale](issue);
    return (typeof said === 'string' ? said : said?.message) ?? issue.code;
  });

/** One thing wrong with a snapshot: which file, where in it (a JSON path), and what. */
export interface Problem {
  file: string;
  path: string;
  message: string;
  /** The body a problem refuses, when it is not named by the file (a body's entry in the manifest). */
  body?: string;
}

export class SnapshotError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${TEXT.both('snapshotHasProblems', { count: problems.length })}\n${formatProblems(problems)}`);
    this.problems = problems;
  }
}

export function formatProblems(problems: Problem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.file}: ${p.path || TEXT.both('root')}: ${p.message}`);
  if (problems.length > limit) lines.push(`  ${TEXT.both('andMore', { count: problems.length - limit })}`);
  return lines.join('\n');
}

const pathOf = (segments: ReadonlyArray<PropertyKey>) =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');

function parse<T>(zodSchema: z.ZodType<T>, value: unknown, file: string): { value?: T; problems: Problem[] } {
  const result = zodSchema.safeParse(value, { error: zodInBoth });
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => ({ file, path: pathOf(issue.path), message: issue.message })) };
}

/** Reports values that must be unique within a list (ids, slugs per locale). */
function duplicates(file: string, items: Array<{ value: string | undefined; path: string }>, what: (locale: Locale) => string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { value, path } of items) {
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first)
      problems.push({ file, path, message: inBoth((locale) => TEXT.t(locale, 'duplicate', { what: what(locale), value, first })) });
    else seen.set(value, path);
  }
  return problems;
}

const endsBeforeStart = (item: { startDate: string; endDate: string }) =>
  TEXT.both('endsBeforeStart', { start: item.startDate, end: item.endDate });

/**
 * The lists of items in a body's content (articles, documents, …): every array of the content, whatever
 * kinds the schema grows, each item with its id.
 */
export const itemListsOf = (content: BodyContent): Record<string, ReadonlyArray<{ id: string }>> =>
  Object.fromEntries(Object.entries(content).filter(([, value]) => Array.isArray(value))) as Record<string, ReadonlyArray<{ id: string }>>;

/** The manifest with its bodies left unchecked: each body's entry is checked on its own. */
const manifestFrame = schema.manifest.extend({ bodies: z.array(z.unknown()) });

/**
 * Checks the manifest. A body whose own entry is invalid (say a portal URL that is not http(s)) is
 * refused alone: it is left out of `manifest.bodies` and listed in `refused` with its problems, so the
 * other bodies can still be built; a problem anywhere else refuses the whole manifest.
 */
export function validateManifest(
  value: unknown,
  file = 'manifest.json',
): { manifest?: Manifest; problems: Problem[]; refused: Map<string, Problem[]> } {
  const refused = new Map<string, Problem[]>();
  const { value: frame, problems } = parse(manifestFrame, value, file);
  // The bodies' entries are checked even when the rest is broken, so that every problem is reported at once.
  const raw = (value as { bodies?: unknown } | null)?.bodies;
  const entries: unknown[] = frame?.bodies ?? (Array.isArray(raw) ? raw : []);
  const kept: Array<{ body: Manifest['bodies'][number]; index: number }> = [];
  entries.forEach((entry, index) => {
    const { value: body, problems: bodyProblems } = parse(schema.body, entry, file);
    if (body) return kept.push({ body, index });
    const slug = (entry as { slug?: unknown } | null)?.slug;
    const named = typeof slug === 'string' && schema.body.shape.slug.safeParse(slug).success ? slug : undefined;
    const located = bodyProblems.map((p) => ({ ...p, path: `bodies[${index}]${p.path ? `.${p.path}` : ''}`, body: named }));
    problems.push(...located);
    // Without a usable slug, the entry cannot be told apart from the others: the manifest is refused.
    if (named) refused.set(named, [...(refused.get(named) ?? []), ...located]);
  });
  if (!frame || problems.some((p) => !p.body)) return { problems, refused };
  const manifest: Manifest = { ...frame, bodies: kept.map((k) => k.body) };
  problems.push(
    ...duplicates(
      file,
      kept.map(({ body, index }) => ({ value: body.slug, path: `bodies[${index}].slug` })),
      (locale) => TEXT.t(locale, 'bodySlug'),
    ),
  );
  problems.push(
    ...duplicates(
      file,
      manifest.topics.map((t, i) => ({ value: t.slug, path: `topics[${i}].slug` })),
      (locale) => TEXT.t(locale, 'topicSlug'),
    ),
  );
  problems.push(
    ...duplicates(
      file,
      manifest.national.documents.map((d, i) => ({ value: d.slug, path: `national.documents[${i}].slug` })),
      (locale) => TEXT.t(locale, 'documentSlug'),
    ),
  );
  manifest.national.documents.forEach((d, i) => {
    if (!d.national || d.body) problems.push({ file, path: `national.documents[${i}]`, message: TEXT.both('nationalDocumentScope') });
  });
  manifest.national.campaigns.forEach((c, i) => {
    if (c.endDate < c.startDate) problems.push({ file, path: `national.campaigns[${i}].endDate`, message: endsBeforeStart(c) });
  });
  return { manifest, problems, refused };
}

export function validateBodyContent(value: unknown, manifest: Manifest, file: string): { content?: BodyContent; problems: Problem[] } {
  const { value: content, problems } = parse(schema.bodyContent, value, file);
  if (!content) return { problems };
  const body = manifest.bodies.find((b) => b.slug === content.body);
  if (!body) problems.push({ file, path: 'body', message: TEXT.both('bodyNotInManifest', { body: content.body }) });
  const topics = new Set(manifest.topics.map((t) => t.slug));
  const documentIds = new Set([...manifest.national.documents, ...content.documents].map((d) => d.id));
  const articleIds = new Set(content.articles.map((a) => a.id));
  const taskIds = new Set(content.tasks.map((t) => t.id));
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ file, path, message });
  };

  const incremental = content.since !== null;
  content.articles.forEach((a, i) => {
    a.topics.forEach((t, j) => check(topics.has(t), `articles[${i}].topics[${j}]`, TEXT.both('unknownTopic', { topic: t })));
    if (!incremental) {
      a.relatedDocuments.forEach((d, j) =>
        check(documentIds.has(d), `articles[${i}].relatedDocuments[${j}]`, TEXT.both('noPublishedDocument', { id: d })),
      );
      a.relatedArticles.forEach((d, j) =>
        check(articleIds.has(d), `articles[${i}].relatedArticles[${j}]`, TEXT.both('noPublishedArticle', { id: d })),
      );
      a.relatedTasks.forEach((d, j) => check(taskIds.has(d), `articles[${i}].relatedTasks[${j}]`, TEXT.both('noPublishedTask', { id: d })));
    }
    for (const locale of ['vi', 'en'] as const) {
      const text = a.locales[locale];
      if (text && a.cover && !text.coverAlt)
        problems.push({ file, path: `articles[${i}].locales.${locale}.coverAlt`, message: TEXT.both('coverWithoutAlt') });
    }
  });
  for (const locale of ['vi', 'en'] as const) {
    problems.push(
      ...duplicates(
        file,
        content.articles.map((a, i) => ({ value: a.locales[locale]?.slug, path: `articles[${i}].locales.${locale}.slug` })),
        (say) => TEXT.t(say, 'articleSlug', { locale }),
      ),
    );
  }
  content.documents.forEach((d, i) =>
    check(d.body === content.body && !d.national, `documents[${i}].body`, TEXT.both('ownDocumentScope', { body: content.body })),
  );
  problems.push(
    ...duplicates(
      file,
      [...manifest.national.documents, ...content.documents].map((d, i) => ({ value: d.slug, path: `documents(all)[${i}].slug` })),
      (locale) => TEXT.t(locale, 'documentSlug'),
    ),
  );
  content.campaigns.forEach((c, i) => check(c.endDate >= c.startDate, `campaigns[${i}].endDate`, endsBeforeStart(c)));
  content.tasks.forEach((t, i) => check(t.endDate >= t.startDate, `tasks[${i}].endDate`, endsBeforeStart(t)));
  // Every list of items the body's content has, so a kind of item added to the schema is checked too.
  for (const [kind, list] of Object.entries(itemListsOf(content))) {
    problems.push(
      ...duplicates(
        file,
        list.map((item, i) => ({ value: item.id, path: `${kind}[${i}].id` })),
        (locale) => TEXT.t(locale, 'itemId'),
      ),
    );
  }
  return { content, problems };
}

/** Every media reference inside a value, wherever it sits. */
export function mediaRefsIn(value: unknown, found = new Map<string, MediaRef>()): Map<string, MediaRef> {
  if (Array.isArray(value)) value.forEach((v) => mediaRefsIn(v, found));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.hash === 'string' && typeof v.mime === 'string' && typeof v.ext === 'string') found.set(v.hash, v as unknown as MediaRef);
    else Object.values(v).forEach((child) => mediaRefsIn(child, found));
  }
  return found;
}

export const mediaPath = (ref: MediaRef) => `media/${ref.hash}.${ref.ext}`;

function readJson(dir: string, file: string, problems: Problem[]): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, path: '', message: TEXT.both('fileMissing') });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, path: '', message: TEXT.both('notJson', { error: (error as Error).message }) });
    return undefined;
  }
}

export interface LoadedSnapshot {
  dir: string;
  manifest: Manifest;
  bodies: Map<string, BodyContent>;
}

/**
 * Reads and checks a snapshot folder: the manifest, the bodies in `only` (every body when it is missing
 * or empty; none with `{ none: true }`, when the caller needs the manifest alone), and that every
 * referenced media file is there with the right size. Collects every problem; a body whose file is
 * broken is reported and left out of `bodies`, so the other bodies can still be built.
 */
export function loadSnapshot(
  dir: string,
  only?: string[],
  options: { none?: boolean } = {},
): { snapshot?: LoadedSnapshot; problems: Problem[]; failedBodies: string[] } {
  const problems: Problem[] = [];
  const { manifest, problems: manifestProblems, refused } = validateManifest(readJson(dir, 'manifest.json', problems));
  if (!manifest) return { problems: [...problems, ...manifestProblems], failedBodies: [] };
  // A refused body's problems are reported when that body is asked for, as its own.
  problems.push(...manifestProblems.filter((p) => !p.body));
  const bodies = new Map<string, BodyContent>();
  const failedBodies: string[] = [];
  const wanted = options.none ? [] : only?.length ? only : [...manifest.bodies.map((b) => b.slug), ...refused.keys()];
  for (const slug of wanted) {
    const file = `bodies/${slug}.json`;
    const bodyProblems: Problem[] = [];
    if (refused.has(slug)) {
      bodyProblems.push(...refused.get(slug)!);
    } else if (!manifest.bodies.some((b) => b.slug === slug)) {
      bodyProblems.push({ file: 'manifest.json', path: 'bodies', message: TEXT.both('noBodyWithSlug', { slug }) });
    } else {
      const raw = readJson(dir, file, bodyProblems);
      if (raw !== undefined) {
        const { content, problems: contentProblems } = validateBodyContent(raw, manifest, file);
        bodyProblems.push(...contentProblems);
        if (content) bodyProblems.push(...missingMedia(dir, content, file));
        if (content && !bodyProblems.length) bodies.set(slug, content);
      }
    }
    if (bodyProblems.length) failedBodies.push(slug);
    problems.push(...bodyProblems);
  }
  problems.push(...missingMedia(dir, manifest, 'manifest.json'));
  return { snapshot: { dir, manifest, bodies }, problems, failedBodies };
}

function missingMedia(dir: string, value: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const ref of mediaRefsIn(value).values()) {
    const path = join(dir, mediaPath(ref));
    if (!existsSync(path)) problems.push({ file, path: mediaPath(ref), message: TEXT.both('mediaMissing', { name: ref.name }) });
    else if (statSync(path).size !== ref.size)
      problems.push({
        file,
        path: mediaPath(ref),
        message: TEXT.both('mediaWrongSize', { name: ref.name, size: statSync(path).size, expected: ref.size }),
      });
  }
  return problems;
}
