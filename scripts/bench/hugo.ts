import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hugo from Debian, if it is there or can be installed (CI runs as root with apt). */
export function hugoAvailable(install: boolean): string | null {
  const found = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (found.status === 0) return found.stdout.trim();
  if (!install || process.getuid?.() !== 0) return null;
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const again = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return again.status === 0 ? again.stdout.trim() : null;
}

/**
 * The same content as a Hugo site: a section per body with its articles (Markdown), paginated lists
 * of 20, a home and an RSS feed of the latest 50 per body. Hugo renders the Markdown itself.
 */
export function writeHugoSite(snapshotDir: string, siteDir: string) {
  rmSync(siteDir, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
  const write = (path: string, text: string) => { mkdirSync(join(siteDir, path, '..'), { recursive: true }); writeFileSync(join(siteDir, path), text); };
  write('hugo.toml', 'baseURL = "https://example.gov.vn/"\nlanguageCode = "vi"\ntitle = "column57 bench"\ndisableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]\n[pagination]\n  pagerSize = 20\n[services.rss]\n  limit = 50\n[outputs]\n  home = ["HTML"]\n  section = ["HTML", "RSS"]\n  page = ["HTML"]\n');
  write('layouts/_default/baseof.html', '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>');
  write('layouts/_default/single.html', '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ end }}');
  write('layouts/_default/list.html', '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}');
  write('layouts/index.html', '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}');
  for (const body of manifest.bodies) {
    const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${body.slug}.json`), 'utf8'));
    write(`content/${body.slug}/_index.md`, `---\ntitle: ${JSON.stringify(body.name.vi)}\n---\n`);
    for (const a of content.articles) {
      const v = a.locales.vi;
      write(`content/${body.slug}/${v.slug}.md`, `---\ntitle: ${JSON.stringify(v.title)}\ndate: ${a.publishDate}\nsummary: ${JSON.stringify(v.summary)}\n---\n${v.content}\n`);
    }
  }
}
