import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schema from '../../packages/snapshot/src/schema.ts';
import { validateBodyContent, validateManifest } from '../../packages/snapshot/src/validate.ts';
import { buildColumns, type BuildReport } from '../../packages/builder/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { dom } from '../support/html.ts';
import { executableMarkupIn, FIELD_PAYLOADS } from './xss-corpus.ts';

/**
 * The field-wide injection test: every string field of one body's snapshot (its manifest entry, the
 * national content and topics it shows, its own file) is given a known payload, the column and the hub
 * are built, and every file written is read the way a browser, a feed reader or a portal would read it.
 * The fields come from walking the zod schema over the data, so a field added later is covered without
 * touching this test. A field whose schema refuses a payload (slugs, dates, colours, URLs) must make the
 * validator refuse the body, naming that field, and keep its last good column.
 */

const BODY = 'hanoi';
const OTHER = 'mst';
const PAYLOAD_BUILDS = 3;

type Segment = string | number;
type Field = { file: 'manifest.json' | 'body'; path: Segment[]; schema: z.ZodType };

const unwrap = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodNullable || s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s;
const isStringLike = (s: z.ZodType) => s instanceof z.ZodString || s instanceof z.ZodEnum || s instanceof z.ZodLiteral;
const pathOf = (segments: Segment[]) => segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`)).join('');
/** The same field in every entry of a list: "articles[*].locales.vi.title". */
const shapeOf = (field: Field) =>
  `${field.file === 'manifest.json' ? 'manifest' : 'body'}:${pathOf(field.path).replace(/\[\d+\]/g, '[*]')}`;

/** A schema-valid value for an empty nullable object (an article's `seo`), so its fields can be filled too. */
function emptyValue(s: z.ZodType): unknown {
  if (s instanceof z.ZodNullable) return null;
  const inner = unwrap(s);
  if (inner instanceof z.ZodObject) return Object.fromEntries(Object.entries(inner.shape).map(([k, v]) => [k, emptyValue(v as z.ZodType)]));
  if (inner instanceof z.ZodArray) return [];
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodNumber) return 0;
  if (inner instanceof z.ZodEnum) return inner.options[0];
  return 'x';
}

/**
 * Every string field of a value, found by walking its schema: strings, enums and literals, also those
 * that are null today, one more entry in an empty list of strings, and the fields of an empty nullable
 * object (filled in with a valid empty value first).
 */
function stringFields(
  s: z.ZodType,
  value: unknown,
  path: Segment[],
  file: Field['file'],
  found: Field[],
  fill: (path: Segment[], value: unknown) => void,
) {
  const inner = unwrap(s);
  if (isStringLike(inner)) {
    if (typeof value === 'string' || value === null) found.push({ file, path, schema: s });
  } else if (inner instanceof z.ZodObject) {
    let object = value;
    if (object === null && s instanceof z.ZodNullable && inner.safeParse(emptyValue(inner)).success) {
      object = emptyValue(inner);
      fill(path, object);
    }
    if (!object || typeof object !== 'object') return;
    for (const [key, child] of Object.entries(inner.shape)) {
      if (key in object) stringFields(child as z.ZodType, (object as Record<string, unknown>)[key], [...path, key], file, found, fill);
    }
  } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType;
    value.forEach((v, i) => stringFields(element, v, [...path, i], file, found, fill));
    if (!value.length && unwrap(element) instanceof z.ZodString) found.push({ file, path: [...path, 0], schema: element });
  }
}

function setAt(root: unknown, path: Segment[], value: unknown) {
  let node = root as Record<Segment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
  node[path[path.length - 1]] = value;
}

const accepts = (field: Field, payload: string) => field.schema.safeParse(payload).success;

function filesUnder(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // out/<slug> is a symbolic link to its release: follow it.
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') filesUnder(path, found);
    } else found.push(path);
  }
  return found;
}

const SAFE_URL = /^(https?:|mailto:|tel:|[^:]*$)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'cite', 'ping'];
const NEVER_IN_A_PAGE = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'math', 'template', 'form'];
const unsafeUrl = (value: string) => !SAFE_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
/** A script of the column is known by its src or its text; JSON-LD is checked on its own. */
const scriptKey = (el: Element) => el.getAttribute('src') ?? `inline:${el.textContent}`;

/** Everything in an HTML page or fragment that could run, given the scripts the column itself has. */
function liveMarkupInPage(html: string, knownScripts: Set<string>, knownForms: Set<string>): string[] {
  const found: string[] = [];
  const doc = dom(html);
  const scripts = Array.from(doc.querySelectorAll('script'));
  for (const script of scripts) {
    if (script.getAttribute('type') === 'application/ld+json') {
      const text = script.textContent ?? '';
      // Parsed as a browser parses it, a JSON-LD broken out of would not be whole JSON; this also
      // catches what could break out in a parser that differs.
      if (/<\/?script|<!--/i.test(text)) found.push('JSON-LD that can close its script');
      try {
        found.push(...unsafeUrlsInJson(JSON.parse(text)).map((u) => `JSON-LD ${u}`));
      } catch {
        found.push('JSON-LD that does not parse');
      }
    } else if (!knownScripts.has(scriptKey(script))) found.push(`unknown script ${scriptKey(script).slice(0, 80)}`);
  }
  // HTML that a portal's administrator pastes as it is (the embed guide's snippets), read as the portal would.
  // (Code in an article's text is the editor's, shown and never pasted.)
  for (const code of Array.from(doc.querySelectorAll('pre code')).filter((c) => !c.closest('.prose'))) {
    const snippet = code.textContent ?? '';
    if (!snippet.trimStart().startsWith('<')) continue;
    const pasted = dom(`<!doctype html><html><body>${snippet}</body></html>`);
    // The guide's plain-iframe snippet is meant to frame the column: an iframe is fine there when it loads an
    // https address without srcdoc (checked on its own); anything else an iframe would be, it is not.
    const framesTheColumn = Array.from(pasted.querySelectorAll('iframe')).every((f) => /^https:\/\//.test(f.getAttribute('src') ?? ''));
    const live = liveMarkupInElements(pasted, true).filter((x) => !(x === '<iframe>' && framesTheColumn));
    found.push(...live.map((x) => `snippet: ${x}`));
  }
  found.push(...liveMarkupInElements(doc, false, knownForms));
  return found;
}

/**
 * The inline favicon of a column without a logo (and of the hub): an SVG data URL of one circle in a brand
 * colour. Browsers run nothing in an icon, and this checks it is that circle and nothing else.
 */
function harmlessIcon(el: Element, value: string): boolean {
  if (el.tagName.toLowerCase() !== 'link' || el.getAttribute('rel') !== 'icon' || !value.startsWith('data:image/svg+xml,')) return false;
  const svg = decodeURIComponent(value.slice('data:image/svg+xml,'.length));
  return /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d ]+"><circle( (cx|cy|r)="\d+")* fill="#[0-9a-f]{6}"\/><\/svg>$/i.test(
    svg,
  );
}

/**
 * The column's own forms (the search boxes) are known as a whole, as its scripts are: a form that differs
 * in anything from one a clean build writes counts as injected.
 */
function liveMarkupInElements(doc: Document, pasted: boolean, knownForms = new Set<string>()): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const ownForm = tag === 'form' && knownForms.has(el.outerHTML);
    if (NEVER_IN_A_PAGE.includes(tag) && !ownForm) found.push(`<${tag}>`);
    if (pasted && tag === 'script' && (!el.getAttribute('src') || el.textContent?.trim())) found.push('an inline script');
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push('<meta http-equiv=refresh>');
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (name === 'srcdoc') found.push(`${tag}[srcdoc]`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && unsafeUrl(value) && !harmlessIcon(el, value))
        found.push(`${tag}[${name}=${value}]`);
      const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [];
      if (candidates.some(unsafeUrl)) found.push(`${tag}[srcset=${value}]`);
    }
  }
  return found;
}

/** URLs in JSON (JSON-LD, JSON Feed, the column's own files) under keys that a consumer links to. */
function unsafeUrlsInJson(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => unsafeUrlsInJson(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unsafeUrlsInJson(v, k));
  if (typeof value !== 'string') return [];
  const linked = /(^|_)(url|image|icon|favicon|logo|avatar|banner_image)$|^(href|src|sameAs|mainEntityOfPage|@id)$/i.test(key);
  return linked && unsafeUrl(value) ? [`${key}=${value}`] : [];
}

/** Elements a plain-text value turns into when a reader renders it as HTML (there should be none). */
function elementsIn(text: string): string[] {
  const doc = dom(`<!doctype html><html><body><div id="root">${text}</div></body></html>`);
  return Array.from(doc.querySelectorAll('#root *')).map((el) => `<${el.tagName.toLowerCase()}>`);
}

/** An RSS feed read as a reader reads it: every text decoded from XML, then rendered as HTML. */
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
function liveMarkupInFeed(source: string): string[] {
  const valid = XMLValidator.validate(source);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg}`];
  const found: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') Object.entries(node).forEach(([k, v]) => walk(v, k));
    else if (typeof node === 'string') {
      if (key.startsWith('@')) {
        if (/^@(href|url|src)$/.test(key) && unsafeUrl(node)) found.push(`${key}=${node}`);
      } else {
        if (/^(link|loc|url|comments|docs)$/.test(key) && unsafeUrl(node.trim())) found.push(`<${key}>${node}`);
        // RSS 2.0 has no HTML of its own in these feeds: any element here is markup a reader would render.
        const elements = elementsIn(node);
        if (elements.length) found.push(`<${key}> renders as ${elements.join('')}`);
      }
    }
  };
  walk(xml.parse(source), '');
  return found;
}

function liveMarkupInJson(source: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return ['not valid JSON'];
  }
  const found = unsafeUrlsInJson(value);
  const html = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(html);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'content_html' && typeof v === 'string') found.push(...executableMarkupIn(v).map((x) => `content_html ${x}`));
        else html(v);
      }
    }
  };
  html(value);
  return found;
}

/** A _headers file: paths and "  Name: value" lines only, so no value could add a header or a rule. */
const badHeaderLines = (source: string) =>
  source.split('\n').filter((line) => line && !/^\/\S*$/.test(line) && !/^ {2}[A-Za-z-]+: [^\r\n]+$/.test(line));

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('every string field of a snapshot, given known payloads, reaches no output as something that runs', () => {
  let dir: string, snapshotDir: string, out: string, cache: string;
  let cleanManifest: any, cleanBody: any;
  let fields: Field[];
  let manifestWithEmpties: any, bodyWithEmpties: any;
  const knownScripts = new Set<string>();
  const knownForms = new Set<string>();
  const build = (bodies: string[]) => buildColumns({ snapshotDir, outDir: out, cacheDir: cache, bodies });
  const writeSnapshot = (manifest: unknown, body: unknown) => {
    writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(snapshotDir, 'bodies', `${BODY}.json`), JSON.stringify(body));
  };
  const outputFiles = () =>
    filesUnder(out).filter((f) => {
      const rel = relative(out, f);
      return rel.startsWith(`${BODY}/`) || !rel.includes('/') || rel.startsWith('en/');
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-injection-'));
    snapshotDir = join(dir, 'snapshot');
    out = join(dir, 'out');
    cache = join(dir, 'cache');
    cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
    cleanManifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
    cleanBody = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${BODY}.json`), 'utf8'));
    manifestWithEmpties = structuredClone(cleanManifest);
    bodyWithEmpties = structuredClone(cleanBody);
    fields = [];
    stringFields(schema.manifest, manifestWithEmpties, [], 'manifest.json', fields, (p, v) => setAt(manifestWithEmpties, p, v));
    stringFields(schema.bodyContent, bodyWithEmpties, [], 'body', fields, (p, v) => setAt(bodyWithEmpties, p, v));
    // The last good columns, and the scripts a column has of its own.
    const first = await build([BODY, OTHER]);
    expect(first.failed).toEqual([]);
    for (const file of outputFiles().filter((f) => f.endsWith('.html'))) {
      const page = dom(readFileSync(file, 'utf8'));
      for (const script of page.querySelectorAll('script:not([type="application/ld+json"])')) knownScripts.add(scriptKey(script));
      for (const form of page.querySelectorAll('form')) knownForms.add(form.outerHTML);
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the string fields by walking the schema, in the manifest and the body file, also empty ones', () => {
    const shapes = new Set(fields.map(shapeOf));
    // A sample of what the walk must reach, to show it walks: not the list it works from.
    for (const shape of [
      'manifest:bodies[*].portalUrl',
      'manifest:bodies[*].name.vi',
      'body:articles[*].locales.vi.summary',
      'body:articles[*].locales.vi.seo.metaTitle',
      'body:campaigns[*].locales.vi.assets[*].url',
      'body:articles[*].cover.name',
    ]) {
      expect(shapes, shape).toContain(shape);
    }
    expect(fields.length).toBeGreaterThan(1000);
  });

  it('refuses a payload in a field whose schema does not take it, naming the field', () => {
    const refused = new Map<string, { field: Field; payload: string }>();
    fields.forEach((field, i) => {
      const shape = shapeOf(field);
      if (refused.has(shape)) return;
      const rotation = [...FIELD_PAYLOADS.slice(i % FIELD_PAYLOADS.length), ...FIELD_PAYLOADS.slice(0, i % FIELD_PAYLOADS.length)];
      const payload = rotation.find(([, p]) => !accepts(field, p));
      if (payload) refused.set(shape, { field, payload: payload[1] });
    });
    expect(refused.size).toBeGreaterThan(20);
    for (const [shape, { field, payload }] of refused) {
      const manifest = structuredClone(manifestWithEmpties);
      const body = structuredClone(bodyWithEmpties);
      setAt(field.file === 'manifest.json' ? manifest : body, field.path, payload);
      const checked = validateManifest(manifest);
      const problems = [...checked.problems];
      if (checked.manifest) problems.push(...validateBodyContent(body, checked.manifest, `bodies/${BODY}.json`).problems);
      const file = field.file === 'manifest.json' ? 'manifest.json' : `bodies/${BODY}.json`;
      expect(
        problems.some((p) => p.file === file && p.path === pathOf(field.path)),
        `${shape} with ${JSON.stringify(payload)}`,
      ).toBe(true);
    }
  });

  it('refuses a body whose portal URL is javascript:, naming the field, keeps its last good column and builds the others', async () => {
    const index = cleanManifest.bodies.findIndex((b: any) => b.slug === BODY);
    const before = hash(join(out, BODY, 'index.html'));
    const manifest = structuredClone(cleanManifest);
    manifest.bodies[index].portalUrl = 'javascript:alert(document.domain)//https://hanoi.gov.vn';
    const body = structuredClone(cleanBody);
    writeSnapshot(manifest, body);
    const other = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', `${OTHER}.json`), 'utf8'));
    other.articles[0].locales.vi.title = 'Bộ KH&CN: bản tin mới nhất';
    other.articles[0].publishDate = '2026-11-21';
    writeFileSync(join(snapshotDir, 'bodies', `${OTHER}.json`), JSON.stringify(other));
    const report = await build([BODY, OTHER]);
    expect(report.failed.map((f) => f.slug)).toEqual([BODY]);
    expect(report.failed[0].reason).toContain(`manifest.json: bodies[${index}].portalUrl: `);
    expect(report.failed[0].reason).toMatch(/địa chỉ http\(s\).*\/ an absolute http\(s\) URL/);
    expect(hash(join(out, BODY, 'index.html'))).toBe(before);
    expect(report.built.map((b) => b.slug)).toEqual([OTHER]);
    expect(readFileSync(join(out, OTHER, 'index.html'), 'utf8')).toContain('Bộ KH&amp;CN: bản tin mới nhất');
    writeSnapshot(cleanManifest, cleanBody);
  }, 120_000);

  for (let round = 0; round < PAYLOAD_BUILDS; round++) {
    const name =
      `builds with a payload in every string field that takes one (round ${round + 1} of ${PAYLOAD_BUILDS}), ` +
      'nothing in any output can run';
    it(
      name,
      async () => {
        const manifest = structuredClone(manifestWithEmpties);
        const body = structuredClone(bodyWithEmpties);
        // Each field a different payload, cycling through the corpus; each round shifts the cycle, so a payload visits other fields.
        const shift = Math.floor((round * FIELD_PAYLOADS.length) / PAYLOAD_BUILDS) + round;
        let injected = 0;
        fields.forEach((field, i) => {
          for (let k = 0; k < FIELD_PAYLOADS.length; k++) {
            const [, payload] = FIELD_PAYLOADS[(i + shift + k) % FIELD_PAYLOADS.length];
            if (accepts(field, payload)) {
              setAt(field.file === 'manifest.json' ? manifest : body, field.path, payload);
              injected++;
              break;
            }
          }
        });
        expect(injected).toBeGreaterThan(800);
        writeSnapshot(manifest, body);
        const report: BuildReport = await build([BODY]);
        expect(report.failed).toEqual([]);
        expect(report.hub).toBe(true);

        const problems: string[] = [];
        const kinds = new Map<string, number>();
        let payloadShownAsText = 0;
        for (const file of outputFiles()) {
          const name = relative(out, file);
          const source = readFileSync(file, 'utf8');
          const kind = name.endsWith('.html')
            ? 'html'
            : name.endsWith('.xml')
              ? basename(name) === 'sitemap.xml'
                ? 'sitemap'
                : 'rss'
              : name.endsWith('.json')
                ? 'json'
                : basename(name);
          if (!['html', 'rss', 'sitemap', 'json', '_headers', 'robots.txt'].includes(kind)) continue;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          const found =
            kind === 'html'
              ? liveMarkupInPage(source, knownScripts, knownForms)
              : kind === 'rss' || kind === 'sitemap'
                ? liveMarkupInFeed(source)
                : kind === 'json'
                  ? liveMarkupInJson(source)
                  : kind === '_headers'
                    ? badHeaderLines(source).map((l) => `header line ${JSON.stringify(l)}`)
                    : source
                        .split('\n')
                        .filter((l) => l && !/^[A-Za-z-]+: \S+$/.test(l))
                        .map((l) => `robots line ${JSON.stringify(l)}`);
          problems.push(...found.map((f) => `${name}: ${f}`));
          if (kind === 'html' && (dom(source).body?.textContent ?? '').includes('<script>alert(1)</script>')) payloadShownAsText++;
        }
        expect(problems.slice(0, 60)).toEqual([]);
        // The payloads did reach the output, as text, in pages and feeds of every kind.
        expect(payloadShownAsText).toBeGreaterThan(10);
        for (const kind of ['html', 'rss', 'sitemap', 'json', '_headers', 'robots.txt']) expect(kinds.get(kind), kind).toBeGreaterThan(0);
      },
      180_000,
    );
  }
});
