// A renderer: one child process per render group (render-group.ts starts it). It loads the compiled
// site (bundle.ts), renders every page, feed and file of the group's columns (and the hub, when the
// group carries it) into its output folder, and takes a page whose data and generator are unchanged
// from the column's live release instead of rendering it again (cacheKeyOf says what a page reads).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { experimental_AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { place } from './place.ts';
import type * as Site from './entry.ts';
import { PAGE_KEYS_FILE, type PageKeys, PROGRESS_PREFIX, type RenderAnswer, RESULT_PREFIX, type RenderJob, WARM_FLAG } from './job.ts';

const readKeys = (file: string): PageKeys | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageKeys;
  } catch {
    return null;
  }
};

/** Runs `make`, and names what was being made in its failure (the report shows the renderer's output). */
async function named<T>(what: string, make: () => Promise<T>): Promise<T> {
  try {
    return await make();
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).stack ?? error}`, { cause: error });
  }
}

function write(file: string, content: string | Uint8Array) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function render(job: RenderJob) {
  // The pages read their plan through src/lib/plan.ts, as under `astro build`.
  process.env.COLUMN57_BUILD_PLAN = job.plan;
  const site = (await import(pathToFileURL(job.bundle).href)) as typeof Site;
  // A container remembers a route for every page it renders and looks through them all for each next
  // one: a fresh container every few hundred pages keeps that from growing with the column.
  let container = await experimental_AstroContainer.create();
  let uses = 0;
  const page = async (component: AstroComponentFactory, props: Record<string, unknown>, params: Record<string, string | undefined>) => {
    if (++uses % 256 === 0) container = await experimental_AstroContainer.create();
    // The bytes Astro encoded, as they are: a string would be decoded here only to be encoded again on write.
    const response = await container.renderToResponse(component, { props, params, partial: false });
    return new Uint8Array(await response.arrayBuffer());
  };
  let rendered = 0;
  let reused = 0;
  const counts: Record<string, number> = {};
  const progress = () => {
    if ((rendered + reused) % 200 === 0) process.stdout.write(`${PROGRESS_PREFIX}${rendered + reused}\n`);
  };
  for (const column of site.columns()) {
    const slug = column.slug;
    const out = join(job.outDir, slug);
    const live = join(job.liveDir, slug);
    const before = readKeys(join(live, PAGE_KEYS_FILE));
    const last = before?.generator === job.generator ? before.pages : {};
    const keys: Record<string, string> = {};
    const specs = site.pagesOf(column);
    counts[slug] = specs.length;
    for (const spec of specs) {
      const file = `${spec.path}index.html`;
      const key = site.cacheKeyOf(column, spec);
      keys[spec.path] = key;
      if (last[spec.path] === key && existsSync(join(live, file))) {
        place(join(live, file), join(out, file));
        reused++;
      } else {
        write(
          join(out, file),
          await named(`${slug}/${spec.path}`, () => page(site.ColumnPage, { slug, spec }, site.pageParams(slug, spec))),
        );
        rendered++;
      }
      progress();
    }
    // Feeds are cheap beside pages and read across the column: always made afresh.
    for (const spec of site.feedsOf(column)) {
      const bytes = await named(
        `${slug}/${spec.path}`,
        async () => new Uint8Array(await (await site.renderFeed(column, spec)).arrayBuffer()),
      );
      write(join(out, spec.path), bytes);
    }
    write(join(out, PAGE_KEYS_FILE), JSON.stringify({ generator: job.generator, pages: keys } satisfies PageKeys));
    write(join(out, site.SEARCH_RECORDS_FILE), JSON.stringify(site.searchRecordsOf(column)));
    write(join(out, site.FEED_TOPICS_FILE), JSON.stringify(site.feedTopicsOf(column)));
  }
  if (site.buildData().plan.hub) {
    write(join(job.outDir, 'index.html'), await named('hub: index.html', () => page(site.HubPageVi, {}, {})));
    write(join(job.outDir, 'en', 'index.html'), await named('hub: en/index.html', () => page(site.HubPageEn, {}, {})));
    write(join(job.outDir, 'tim-kiem', 'index.html'), await named('hub: tim-kiem/', () => page(site.HubSearchVi, {}, {})));
    write(join(job.outDir, 'en', 'search', 'index.html'), await named('hub: en/search/', () => page(site.HubSearchEn, {}, {})));
    rendered += 4;
    if (site.buildData().plan.subscriptionsUrl) {
      write(
        join(job.outDir, 'dang-ky-nhan-tin', 'index.html'),
        await named('hub: dang-ky-nhan-tin/', () => page(site.HubSubscribeVi, {}, {})),
      );
      write(join(job.outDir, 'en', 'subscribe', 'index.html'), await named('hub: en/subscribe/', () => page(site.HubSubscribeEn, {}, {})));
      rendered += 2;
    }
    write(join(job.outDir, site.FEED_TOPICS_FILE), JSON.stringify(site.hubFeedTopics()));
    for (const spec of site.hubFilesOf()) {
      const bytes = await named(`hub: ${spec.path}`, async () => new Uint8Array(await (await site.renderHubFile(spec)).arrayBuffer()));
      write(join(job.outDir, spec.path), bytes);
    }
  }
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ rendered, reused, pages: counts } satisfies RenderAnswer)}\n`);
}

/**
 * A renderer started ahead of its job (`--warm <bundle>`, render-group.ts keeps one for the build service):
 * it loads the site and Astro now, then waits for its job file's path on stdin, so a publish's render
 * does not wait for a process to start and load them. It renders one job and ends; with no job (its
 * parent gone, or done with it) it ends too.
 */
async function renderWhenAsked(bundle: string) {
  await import(pathToFileURL(bundle).href);
  await experimental_AstroContainer.create();
  let line = '';
  for await (const chunk of process.stdin.setEncoding('utf8')) {
    line += chunk;
    if (line.includes('\n')) break;
  }
  const jobFile = line.split('\n')[0].trim();
  if (!jobFile) return;
  // A job from another bundle would load that one too: correct, only not sooner (render-group.ts hands a
  // waiting renderer only jobs of the bundle it loaded).
  await render(JSON.parse(readFileSync(jobFile, 'utf8')) as RenderJob);
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv[2] === WARM_FLAG) await renderWhenAsked(process.argv[3]);
  else await render(JSON.parse(readFileSync(process.argv[2], 'utf8')) as RenderJob);
}
