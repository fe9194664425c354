import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConnection, writeSnapshot } from '@column57/snapshot';
import { buildColumns, hubAddress, refreshNationalSearch } from '@column57/builder';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';
import { both, summary } from '../messages.ts';

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: summary('buildSummary'),
  usage:
    'column57 build [--body SLUG ...] [--snapshot DIR] [--out DIR] [--hub-url URL] [--framing-report-url URL] [--websub-hub URL]' +
    ' [--subscriptions-url URL] [--no-board-files] [--national-search now|later|only]',
  options: {
    body: { type: 'string', short: 'b', multiple: true },
    snapshot: { type: 'string', short: 's' },
    out: { type: 'string', short: 'o' },
    cms: { type: 'string' },
    token: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    cache: { type: 'string' },
    report: { type: 'string' },
    'hub-url': { type: 'string' },
    'framing-report-url': { type: 'string' },
    'websub-hub': { type: 'string' },
    'subscriptions-url': { type: 'string' },
    'board-files': { type: 'boolean' },
    'national-search': { type: 'string' },
  },
  help: [
    `-b, --body SLUG      ${both('onlyThisBody')}`,
    `-s, --snapshot DIR   ${both('buildSnapshot')}`,
    `                     (${both('buildSnapshotDefault')})`,
    `-o, --out DIR        ${both('outputFolder')}`,
    `-j, --jobs N         ${both('buildJobs')}`,
    `    --cache DIR      ${both('buildCache')}`,
    `    --report FILE    ${both('buildReport')}`,
    `    --hub-url URL    ${both('hubUrl')}`,
    `    --framing-report-url URL  ${both('framingReportUrl')}`,
    `    --websub-hub URL  ${both('websubHub')}`,
    `    --subscriptions-url URL  ${both('subscriptionsUrl')}`,
    `    --no-board-files ${both('noBoardFiles')}`,
    `    --national-search MODE  ${both('nationalSearchMode')}`,
    `    --cms URL, --token TOKEN   ${both('asIn')} \`column57 snapshot\``,
  ],
  async run(values) {
    const log = (m: string) => console.error(m);
    const hubUrl = values['hub-url'] as string | undefined;
    if (hubUrl !== undefined && !hubAddress(hubUrl)) throw new Error(`--hub-url ${both('hubUrlForm')}`);
    const framingReportUrl = values['framing-report-url'] as string | undefined;
    if (framingReportUrl !== undefined && !hubAddress(framingReportUrl)) throw new Error(`--framing-report-url ${both('hubUrlForm')}`);
    const bodies = values.body as string[] | undefined;
    const national = (values['national-search'] as string | undefined) ?? 'now';
    if (national !== 'now' && national !== 'later' && national !== 'only')
      throw new Error(both('nationalSearchInvalid', { value: national }));
    let snapshotDir = values.snapshot as string | undefined;
    const outDir = resolve((values.out as string | undefined) ?? join(ROOT, 'out'));
    // Only the hub's index over the live columns, as the build service makes it after its delay.
    if (national === 'only') {
      await refreshNationalSearch({ snapshotDir: resolve(snapshotDir ?? join(ROOT, '.cache', 'snapshot')), outDir, log });
      return 0;
    }
    if (!snapshotDir) {
      snapshotDir = join(ROOT, '.cache', 'snapshot');
      const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
      // Only the chosen bodies are fetched again; the others stay as last snapshotted, for the hub.
      await writeSnapshot({ out: snapshotDir, bodies, update: true, cms, log });
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new Error(both('jobsInvalid', { value: String(values.jobs) }));
    const report = await buildColumns({
      snapshotDir: resolve(snapshotDir),
      outDir,
      bodies,
      cacheDir: resolve((values.cache as string | undefined) ?? join(ROOT, '.cache', 'build')),
      concurrency: jobs,
      hubUrl,
      framingReportUrl,
      // Checked by the builder, which names the option when an address is not a full http(s) one.
      websubHub: values['websub-hub'] as string | undefined,
      subscriptionsUrl: values['subscriptions-url'] as string | undefined,
      // On unless turned off: a column's board pages and posters link them (drawn after it is live on a first build).
      boardFiles: values['board-files'] !== false,
      nationalSearch: national,
      log,
    });
    if (typeof values.report === 'string') writeFileSync(values.report, JSON.stringify(report, null, 1));
    return report.failed.length ? 1 : 0;
  },
};
