// The floor: the least a generator must do for the same pages. Reads the snapshot, renders article
// pages, paginated lists, a home and an RSS feed per body with marked and template strings, writes them.
// Run as its own process by the benchmark: node packages/bench/src/floor.ts SNAPSHOT OUT
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SITES_DIR } from '@column57/sites/dir';

// The site's own marked, so the floor parses Markdown with what the columns use.
const require = createRequire(join(SITES_DIR, 'package.json'));
const { marked } = require('marked') as { marked: { parse(markdown: string): string } };
const [snapshotDir, outDir] = process.argv.slice(2);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
  `<body><main>${body}</main></body></html>`;
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
let pages = 0;
for (const body of manifest.bodies) {
  const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${body.slug}.json`), 'utf8'));
  const articles = [...content.articles].sort((a: any, b: any) => b.publishDate.localeCompare(a.publishDate));
  const root = join(outDir, body.slug);
  for (const a of articles) {
    const v = a.locales.vi;
    write(
      join(root, 'bai-viet', v.slug, 'index.html'),
      page(v.title, `<h1>${escape(v.title)}</h1><p>${escape(v.summary)}</p>${marked.parse(v.content)}`),
    );
    pages++;
  }
  for (let i = 0; i * 20 < articles.length; i++) {
    const items = articles
      .slice(i * 20, i * 20 + 20)
      .map((a: any) => `<li><a href="../${a.locales.vi.slug}/">${escape(a.locales.vi.title)}</a></li>`)
      .join('');
    write(join(root, 'bai-viet', i ? `trang-${i + 1}` : '', 'index.html'), page(body.name.vi, `<ul>${items}</ul>`));
    pages++;
  }
  write(join(root, 'index.html'), page(body.name.vi, `<h1>${escape(body.name.vi)}</h1>`));
  pages++;
  const items = articles
    .slice(0, 50)
    .map(
      (a: any) =>
        `<item><title>${escape(a.locales.vi.title)}</title>` +
        `<link>${body.publicBaseUrl}${body.basePath}bai-viet/${a.locales.vi.slug}/</link>` +
        `<guid>${a.id}</guid><description>${escape(a.locales.vi.summary)}</description></item>`,
    )
    .join('');
  write(
    join(root, 'rss.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(body.name.vi)}</title>${items}</channel></rss>`,
  );
}
console.log(JSON.stringify({ pages }));
