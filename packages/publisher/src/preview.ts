import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { type CmsConnection, extensionsByHash, fetchMedia, getJson, type Locale } from '@column57/snapshot';
import { buildColumns } from '@column57/builder';
import { paths } from '@column57/sites/paths';
import { contentType, lookup } from './files.ts';
import { htmlText } from '@column57/sites/encode';
import { PUBLISHER_TEXT, withEnglishMarked } from './messages.ts';

/**
 * Strapi Preview, rendered by the build service: the CMS hands the editor a signed, short-lived link;
 * this renders that body's column with the draft in place of its published version, into a private
 * folder (never the public output), and serves it only under that link.
 */
export interface PreviewClaim {
  uid: string;
  documentId: string;
  locale: Locale;
  exp: number;
}

export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewClaim | null {
  const [body, signature] = token.split('.');
  if (!body || !signature || !secret) return null;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaim;
    if (typeof claim.exp !== 'number' || claim.exp * 1000 < now) return null;
    return { ...claim, locale: claim.locale === 'en' ? 'en' : 'vi' };
  } catch {
    return null;
  }
}

interface Envelope<T> {
  data: T;
  media: Record<string, string>;
}
interface PreviewAnswer {
  slug: string;
  manifest: Envelope<any>;
  body: Envelope<any>;
}
type Rendered = { ok: true; dir: string; slug: string; page: string } | { ok: false; reason: string };

const KEEP_PREVIEWS = 20;

/** Where the draft sits in its column, in the language being previewed (Vietnamese if it has no such version). */
function pageOf(claim: PreviewClaim, answer: PreviewAnswer): string {
  const { uid, documentId } = claim;
  const content = answer.body.data;
  if (uid === 'api::article.article') {
    const article = content.articles.find((a: any) => a.id === documentId);
    if (!article) return '';
    const locale: Locale = article.locales[claim.locale] ? claim.locale : 'vi';
    return paths.article(locale, article.locales[locale].slug);
  }
  const national = answer.manifest.data.national;
  const list =
    uid === 'api::campaign.campaign' ? [...content.campaigns, ...national.campaigns] : [...content.documents, ...national.documents];
  const item = list.find((x: any) => x.id === documentId);
  if (!item) return '';
  const locale: Locale = item.locales?.[claim.locale] ? claim.locale : 'vi';
  return uid === 'api::campaign.campaign' ? paths.campaign(locale, item.slug) : paths.document(locale, item.slug);
}

const BANNER =
  '<div role="note" style="position:sticky;top:0;z-index:9999;background:#7a2e00;color:#fff;padding:.5rem 1rem;' +
  'font:600 15px/1.4 system-ui,sans-serif">' +
  `${withEnglishMarked(PUBLISHER_TEXT.pair('previewBanner'), ' style="font-weight:400"')}</div>`;

export class PreviewRenderer {
  private readonly options: { cms: CmsConnection; secret: string; workDir: string; cacheDir: string; log: (m: string) => void };
  private readonly renders = new Map<string, Promise<Rendered>>();

  constructor(options: { cms: CmsConnection; secret: string; workDir: string; cacheDir: string; log?: (m: string) => void }) {
    this.options = { ...options, log: options.log ?? (() => {}) };
  }

  /** Answers GET /preview/<token>/<path>. */
  async handle(res: ServerResponse, token: string, rest: string, urlPath: string) {
    const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' };
    const claim = verifyPreviewToken(token, this.options.secret);
    if (!claim) {
      // Plain text, one line per language.
      const invalid = PUBLISHER_TEXT.pair('previewLinkInvalid');
      res.writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`${invalid.vi}\n${invalid.en}\n`);
      return;
    }
    const key = token.slice(-32).replace(/[^A-Za-z0-9_-]/g, '');
    if (!this.renders.has(key)) this.renders.set(key, this.render(claim, key));
    const rendered = await this.renders.get(key)!;
    if (!rendered.ok) {
      res
        .writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${PUBLISHER_TEXT.t('vi', 'previewFailed')}</title>` +
            '<body style="font:16px/1.5 system-ui;margin:2rem">' +
            `<h1>${withEnglishMarked(PUBLISHER_TEXT.pair('previewFailed'))}</h1>` +
            `<pre style="white-space:pre-wrap">${htmlText(rendered.reason)}</pre></body></html>`,
        );
      return;
    }
    if (!rest) {
      res.writeHead(302, { ...headers, Location: `${urlPath.replace(/\/?$/, '/')}${rendered.slug}/${rendered.page}` }).end();
      return;
    }
    const found = lookup(rendered.dir, urlPath, rest);
    if ('status' in found) return void res.writeHead(found.status, headers).end();
    if ('redirect' in found) return void res.writeHead(301, { ...headers, Location: found.redirect }).end();
    const type = contentType(found.file);
    let bytes = readFileSync(found.file);
    if (type.startsWith('text/html')) bytes = Buffer.from(bytes.toString('utf8').replace(/<body([^>]*)>/, (tag) => `${tag}${BANNER}`));
    res.writeHead(200, { ...headers, 'Content-Type': type }).end(bytes);
  }

  private async render(claim: PreviewClaim, key: string): Promise<Rendered> {
    const started = Date.now();
    const dir = join(this.options.workDir, key);
    try {
      this.prune();
      // Left by an earlier attempt at this same link that failed.
      rmSync(dir, { recursive: true, force: true });
      const answer = await getJson<PreviewAnswer>(
        this.options.cms,
        `/api/column57/preview/${encodeURIComponent(claim.uid)}/${encodeURIComponent(claim.documentId)}`,
      );
      const snapshotDir = join(dir, 'snapshot');
      mkdirSync(join(snapshotDir, 'bodies'), { recursive: true });
      mkdirSync(join(snapshotDir, 'media'), { recursive: true });
      writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify(answer.manifest.data));
      writeFileSync(join(snapshotDir, 'bodies', `${answer.slug}.json`), JSON.stringify(answer.body.data));
      // Media already in the live snapshot are linked, not downloaded again.
      const live = join(this.options.cacheDir, '..', 'snapshot', 'media');
      if (existsSync(live)) for (const file of readdirSync(live)) linkSync(join(live, file), join(snapshotDir, 'media', file));
      await fetchMedia(this.options.cms, snapshotDir, answer.manifest.media, extensionsByHash(answer.manifest.data));
      await fetchMedia(this.options.cms, snapshotDir, answer.body.media, extensionsByHash(answer.body.data));
      const out = join(dir, 'out');
      const report = await buildColumns({
        snapshotDir,
        outDir: out,
        releasesDir: join(dir, 'releases'),
        cacheDir: this.options.cacheDir,
        bodies: [answer.slug],
        // An editor previews again and again: the next render starts with the site loaded.
        keepRendererWarm: true,
      });
      const failure = report.failed.find((f) => f.slug === answer.slug);
      if (failure) return { ok: false, reason: failure.reason };
      this.options.log(
        `${PUBLISHER_TEXT.both('preview')} ${claim.uid} ${claim.documentId} (${claim.locale}) in ${answer.slug}: ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return { ok: true, dir: out, slug: answer.slug, page: pageOf(claim, answer) };
    } catch (error) {
      this.renders.delete(key);
      return { ok: false, reason: (error as Error).message };
    }
  }

  /** Previews are kept for a while (an editor clicks around), then removed, oldest first. */
  private prune() {
    if (!existsSync(this.options.workDir)) return;
    const entries = readdirSync(this.options.workDir)
      .map((name) => ({ name, at: statSync(join(this.options.workDir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const entry of entries.slice(KEEP_PREVIEWS)) {
      rmSync(join(this.options.workDir, entry.name), { recursive: true, force: true });
      this.renders.delete(entry.name);
    }
  }
}
