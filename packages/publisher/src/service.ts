import { type CmsConnection, writeSnapshot } from '@column57/snapshot';
import { buildColumns, type BuildReport, refreshNationalSearch, stopWarmRenderer } from '@column57/builder';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DeployTarget, deployColumn } from './deploy.ts';
import { PUBLISHER_TEXT } from './messages.ts';
import { describeChanges, type OutboxChange, type OutboxClient, scopeOfChanges } from './outbox-client.ts';
import { describeScope, mergeScopes, type Scope } from './scope.ts';
import { StatusStore } from './status.ts';
import { announceFeeds } from './websub-announce.ts';

export interface BuildServiceOptions {
  cms: CmsConnection;
  snapshotDir: string;
  outDir: string;
  cacheDir: string;
  statusFile: string;
  releasesDir?: string;
  /** Build only these bodies (a deployment that hosts a few columns); default every body. */
  only?: string[];
  /** How long to wait for more changes before building (default DEBOUNCE_MS; a burst becomes one build). */
  debounceMs?: number;
  /** Where built columns are copied besides outDir, per body slug ("*" for every body). */
  deploy?: Record<string, DeployTarget[]>;
  /** Where the national hub is read (see the builder's `hubUrl`). */
  hubUrl?: string;
  /**
   * This service's POST /framing-reports/ as browsers reach it (see the builder's `framingReportUrl`);
   * none by default, as the service listens on loopback and only a deployment knows its public address.
   */
  framingReportUrl?: string;
  /**
   * The WebSub hub the feeds name (the builder's `websubHub`): told after each build which feeds may have
   * changed, as soon as the columns are live, or once they are copied when there are deploy targets.
   */
  websubHub?: string;
  /** The CMS's public address readers' subscription forms post to (the builder's `subscriptionsUrl`). */
  subscriptionsUrl?: string;
  /** Draw the boards' slide pictures and the posters (the builder's `boardFiles`); on unless turned off. */
  boardFiles?: boolean;
  /**
   * The CMS's outbox (outbox-client.ts): each job takes the changes waiting there, and marks them built once
   * its columns are live, so a notice that never arrived (the service was down, the network dropped it) is
   * built all the same. Workers that share one CMS's outbox must build the same columns (the same `only`):
   * a change one of them marks built is not offered to the others.
   */
  outbox?: OutboxClient;
  /** How often the outbox is read when no notice has come (a notice wakes the service at once). */
  pollMs?: number;
  /**
   * How long after a job for some bodies the hub's national search index is made again (default one
   * minute). Counted from the first such job, not pushed back by later ones: the index is at most this
   * late, plus the minutes it takes at national scale, and no publish waits for it.
   */
  nationalSearchDelayMs?: number;
  log?: (message: string) => void;
}

const RETRY_DELAYS_MS = [2_000, 10_000, 30_000];
/**
 * How long the changes of one moment are gathered before a job: the notices of one publish (each locale,
 * the outbox and the hook) arrive within a few milliseconds. Changes that come while a job runs wait for
 * it and are built together next, so a longer wait would only delay a lone publish (it was 400 ms).
 */
const DEBOUNCE_MS = 100;
const STALE_POLL_PAUSE_MS = 5 * 60_000;
// The log is read at a terminal or in a service journal: both languages.
const { both } = PUBLISHER_TEXT;

/**
 * Turns change notices into builds: changes are collected for a moment (debounce), merged into one
 * scope, and built one job at a time (each job renders on every core). Changes arriving during a job
 * are queued for the next one. Every column lands as a release (atomic switch), so stopping the
 * service at any moment leaves each column whole.
 */
export class BuildService {
  readonly status: StatusStore;
  private readonly options: BuildServiceOptions;
  private readonly log: (message: string) => void;
  private pending: Scope | null = null;
  /** Scopes whose builds failed for good (CMS unreachable): merged into the next job. */
  private stale: Scope | null = null;
  private triggers: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  private running: Promise<void> | null = null;
  private attempts = 0;
  private jobCount = 0;
  private waiters: Array<() => void> = [];
  private closed = false;
  /** WebSub pings under way. */
  private readonly announcing = new Set<Promise<void>>();
  /** Columns whose copy to a deploy target failed: copied again at the next job. */
  private readonly undeployed = new Set<string>();
  private poller: NodeJS.Timeout | null = null;
  /** Whether the last read of the outbox failed (said once in the log, not at every poll). */
  private outboxDown = false;
  /**
   * After a job failed its last retry, the outbox is not polled for a while: its changes came back with the
   * failure, and taking them again at once would retry a failing build every few seconds.
   */
  private pollAfter = 0;
  private nationalTimer: NodeJS.Timeout | null = null;
  private nationalRunning: Promise<void> | null = null;
  /** A job left the national index for later while it was being made: it is made again after. */
  private nationalAgain = false;

  constructor(options: BuildServiceOptions) {
    this.options = options;
    this.log = options.log ?? (() => {});
    this.status = new StatusStore(options.statusFile);
    this.jobCount = this.status.status.jobs[0]?.id ?? 0;
    // Due, or being made, when the service last stopped: it is made after the usual delay.
    if (this.status.status.nationalSearch.state !== 'current') this.nationalSearchDue();
    if (options.outbox) {
      this.poller = setInterval(() => void this.poll(), options.pollMs ?? 5_000);
      this.poller.unref();
    }
  }

  /** Reads the outbox while nothing is queued or building; what waits there is queued like a notice. */
  private async poll() {
    if (this.closed || this.running || this.pending || this.timer || Date.now() < this.pollAfter) return;
    const changes = await this.claim();
    const scope = scopeOfChanges(changes);
    if (scope) this.notify(scope, `${PUBLISHER_TEXT.both('outboxTrigger')}: ${describeChanges(changes).slice(0, 3).join('; ')}`);
  }

  /** The outbox's changes for this service, or none when there is no outbox or it cannot be read now. */
  private async claim(): Promise<OutboxChange[]> {
    if (!this.options.outbox) return [];
    try {
      const changes = await this.options.outbox.claim();
      if (this.outboxDown) this.log(`✓ ${both('outboxTrigger')}`);
      this.outboxDown = false;
      return changes;
    } catch (error) {
      if (!this.outboxDown) this.log(`! ${both('outboxUnreachable')}: ${(error as Error).message}`);
      this.outboxDown = true;
      return [];
    }
  }

  /** Queues a change; it is built after the debounce, or after the job now running. */
  notify(scope: Scope, what: string) {
    if (this.closed) return;
    this.pending = mergeScopes(this.pending, scope);
    if (this.stale) {
      this.pending = mergeScopes(this.pending, this.stale);
      this.stale = null;
    }
    this.triggers.push(what);
    this.status.status.pending = describeScope(this.pending);
    if (!this.running) this.status.status.state = 'waiting';
    this.status.save();
    // The window opens with the first change and is not pushed back by the next ones: a steady stream of
    // publishes is built every so often, never held off. A retry waiting longer gives way to it.
    const delay = this.options.debounceMs ?? DEBOUNCE_MS;
    if (!this.timer || this.timerDue > Date.now() + delay) this.arm(delay);
  }

  /** Resolves once nothing is queued or building (tests, and `npm start` before its banner). */
  idle(): Promise<void> {
    if (!this.pending && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops taking changes; the job in progress (if any) is awaited. */
  async close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    // Not awaited (minutes at national scale): one due or cut short is left so in the status file, and the
    // next start makes it; an index cut short was never swapped in.
    if (this.nationalTimer) clearTimeout(this.nationalTimer);
    if (this.poller) clearInterval(this.poller);
    await this.running;
    stopWarmRenderer();
  }

  private arm(delay: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.running) {
        this.running = this.runJob()
          .catch((error) => this.log(`✗ ${both('buildService')}: ${(error as Error).message}`))
          .finally(() => this.afterJob());
      }
    }, delay);
  }

  private afterJob() {
    this.running = null;
    if (this.pending && !this.closed) {
      if (!this.timer) this.arm(0);
      return;
    }
    this.status.status.state = 'idle';
    this.status.save();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async runJob() {
    // What waits in the outbox joins the notices' scope: a change whose notice was lost is built here.
    const claimed = await this.claim();
    const scope = mergeScopes(this.pending, scopeOfChanges(claimed) ?? new Set());
    const triggers = [...this.triggers, ...describeChanges(claimed).filter((what) => !this.triggers.includes(what))];
    this.pending = null;
    this.triggers = [];
    if (scope !== 'all' && !scope.size) return;
    const ids = claimed.map((c) => c.id);
    const outbox = this.options.outbox;
    // A long build keeps its changes: held again a few times per lease, so no other worker takes them.
    const holding = outbox && ids.length ? setInterval(() => void outbox.renew(ids).catch(() => {}), outbox.leaseMs / 3) : null;
    let built = false;
    try {
      built = await this.build(scope, triggers);
    } finally {
      if (holding) clearInterval(holding);
      // Built: marked done. Not built (the CMS did not answer): given back, for whichever worker builds next.
      const settle = built ? outbox?.done(ids) : outbox?.release(ids);
      await settle?.catch((error) => this.log(`! ${both('outboxUnreachable')}: ${(error as Error).message}`));
    }
  }

  /**
   * One job: the snapshot of the scope's bodies refreshed, their columns built, deployed and announced.
   * False when it could not be done at all (it is tried again); a column that failed alone is still done.
   */
  private async build(scope: Scope, triggers: string[]): Promise<boolean> {
    const { only } = this.options;
    const bodies = scope === 'all' ? only : [...scope].filter((slug) => !only || only.includes(slug));
    if (bodies && !bodies.length) return true;
    const id = ++this.jobCount;
    const started = Date.now();
    const startedAt = new Date(started).toISOString();
    const label = bodies ? bodies.join(', ') : describeScope('all');
    this.status.status = {
      ...this.status.status,
      state: 'building',
      pending: null,
      current: { scope: label, since: startedAt, trigger: triggers },
    };
    this.status.save();
    this.log(
      `▶ ${both('build')} #${id}: ${label} (${triggers.slice(0, 3).join('; ')}${triggers.length > 3 ? ` +${triggers.length - 3}` : ''})`,
    );
    try {
      // The first job after an empty cache takes everything; later ones refresh only what changed.
      const fresh = !existsSync(join(this.options.snapshotDir, 'manifest.json'));
      await writeSnapshot({
        out: this.options.snapshotDir,
        bodies: fresh ? only : bodies,
        update: !fresh,
        cms: this.options.cms,
        log: (m) => m.startsWith('!') && this.log(m),
      });
      // Bodies deleted in the CMS since the notice was sent are not built.
      const known = new Set(
        (
          JSON.parse(readFileSync(join(this.options.snapshotDir, 'manifest.json'), 'utf8')) as { bodies: Array<{ slug: string }> }
        ).bodies.map((b) => b.slug),
      );
      const present = bodies?.filter((slug) => known.has(slug));
      if (present && !present.length) return true;
      let deployedAtLive: Promise<void> | undefined;
      const report = await buildColumns({
        snapshotDir: this.options.snapshotDir,
        outDir: this.options.outDir,
        cacheDir: this.options.cacheDir,
        releasesDir: this.options.releasesDir,
        bodies: present,
        hubUrl: this.options.hubUrl,
        framingReportUrl: this.options.framingReportUrl,
        boardFiles: this.options.boardFiles ?? true,
        // A job for every body (the first start, a new generator) makes it as the build ends; a publish's
        // job leaves it for later, so the next publish never waits for an index over every column.
        nationalSearch: scope === 'all' ? 'now' : 'later',
        keepRendererWarm: true,
        websubHub: this.options.websubHub,
        subscriptionsUrl: this.options.subscriptionsUrl,
        log: this.log,
        onLive: (built) => {
          const slugs = built.map((b) => b.slug);
          if (!this.options.deploy) return this.announce(slugs);
          // The pages are live here: they are copied to the deploy targets now, with the search index the
          // release carried, not after the new indexes and the cards (seconds a publish would wait for).
          deployedAtLive = this.deployLive(built).then(() => this.announce(slugs));
        },
      });
      await deployedAtLive;
      // Copied again once complete: the new search indexes, share cards and board pictures.
      await this.deploy(report);
      if (this.options.deploy && !deployedAtLive) this.announce(report.built.map((b) => b.slug));
      this.record(report, triggers.join('; '));
      // Left for later, or failed in the build (the hub keeps its earlier index): made apart after the delay.
      if (report.nationalSearch === 'later' || report.nationalSearch === 'failed') this.nationalSearchDue();
      this.attempts = 0;
      this.status.job({
        id,
        trigger: triggers,
        scope: label,
        startedAt,
        seconds: (Date.now() - started) / 1000,
        built: report.built.length,
        unchanged: report.unchanged.length,
        failed: report.failed.map((f) => f.slug),
        error: null,
      });
      this.log(
        `■ ${both('build')} #${id}: ${report.built.length} ${both('builtCount')}, ${report.unchanged.length} ${both('unchangedCount')}, ` +
          `${report.failed.length} ${both('failedCount')}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return true;
    } catch (error) {
      const message = (error as Error).message;
      const at = new Date().toISOString();
      for (const slug of bodies ?? Object.keys(this.status.status.bodies)) {
        this.status.body(slug, {
          result: 'failed',
          at,
          seconds: (Date.now() - started) / 1000,
          pages: null,
          release: null,
          error: message,
          trigger: triggers.join('; '),
        });
      }
      this.status.job({
        id,
        trigger: triggers,
        scope: label,
        startedAt,
        seconds: (Date.now() - started) / 1000,
        built: 0,
        unchanged: 0,
        failed: bodies ?? [],
        error: message,
      });
      this.log(`✗ ${both('build')} #${id} ${both('buildFailed')}: ${message}`);
      // The CMS may be restarting: the same scope is tried again, a few times, further apart.
      if (this.attempts < RETRY_DELAYS_MS.length && !this.closed) {
        this.pending = mergeScopes(this.pending, scope);
        this.triggers.unshift(...triggers);
        this.arm(RETRY_DELAYS_MS[this.attempts++]);
      } else {
        // Not dropped: the next change (or restart) builds these too.
        this.attempts = 0;
        this.stale = mergeScopes(this.stale, scope);
        this.pollAfter = Date.now() + STALE_POLL_PAUSE_MS;
        this.log(`! ${describeScope(scope)}: ${both('retryWithNextChange')}`);
      }
      return false;
    } finally {
      // A job ends when the hub has been told, so `idle()` means the readers' hub knows too.
      await Promise.allSettled([...this.announcing]);
      this.status.status.current = null;
      this.status.save();
    }
  }

  /**
   * Makes the national index within the delay of the first job that left it (a job meanwhile does not push
   * it back), apart from the build queue: builds go on while it is made.
   */
  private nationalSearchDue(delay = this.options.nationalSearchDelayMs ?? 60_000) {
    if (this.closed) return;
    const national = this.status.status.nationalSearch;
    if (this.nationalRunning) {
      this.nationalAgain = true;
      return;
    }
    if (this.nationalTimer) return;
    national.state = 'due';
    national.dueAt = new Date(Date.now() + delay).toISOString();
    this.status.save();
    this.nationalTimer = setTimeout(() => {
      this.nationalTimer = null;
      this.nationalRunning = this.refreshNational().finally(() => {
        this.nationalRunning = null;
        if (this.nationalAgain) {
          this.nationalAgain = false;
          this.nationalSearchDue();
        }
      });
    }, delay);
  }

  private async refreshNational() {
    const national = this.status.status.nationalSearch;
    national.state = 'indexing';
    this.status.save();
    try {
      const made = await refreshNationalSearch({ snapshotDir: this.options.snapshotDir, outDir: this.options.outDir, log: this.log });
      Object.assign(national, { state: 'current', dueAt: null, madeAt: new Date().toISOString(), error: null });
      Object.assign(national, { seconds: made.seconds, pages: made.pages });
    } catch (error) {
      // The hub keeps the index it had; it is tried again after the delay.
      national.error = (error as Error).message;
      this.log(`! ${both('nationalSearchFailed')}: ${national.error}`);
      this.nationalAgain = true;
    } finally {
      this.status.save();
    }
  }

  /** Pings the WebSub hub beside the build's last stages: the job waits for it before it ends. */
  private announce(slugs: string[]) {
    const hub = this.options.websubHub;
    if (!hub || !slugs.length) return;
    const ping = announceFeeds(hub, this.options.outDir, slugs, this.log);
    this.announcing.add(ping);
    void ping.finally(() => this.announcing.delete(ping));
  }

  private record(report: BuildReport, trigger: string) {
    const at = new Date().toISOString();
    const seconds = report.seconds;
    for (const built of report.built)
      this.status.body(built.slug, { result: 'built', at, seconds, pages: built.pages, release: built.release, error: null, trigger });
    for (const slug of report.unchanged)
      this.status.body(slug, { result: 'unchanged', at, seconds, pages: null, release: null, error: null, trigger });
    for (const slug of report.held)
      this.status.body(slug, { result: 'held', at, seconds, pages: null, release: null, error: null, trigger });
    for (const failure of report.failed)
      this.status.body(failure.slug, { result: 'failed', at, seconds, pages: null, release: null, error: failure.reason, trigger });
  }

  /**
   * The first copy of a job's columns, as soon as they are live here. A failure is only said: the copy made
   * when the job is complete (deploy, below) tries again and is the one that reports.
   */
  private async deployLive(built: BuildReport['built']) {
    const targets = this.options.deploy ?? {};
    for (const { slug } of built) {
      for (const target of [...(targets['*'] ?? []), ...(targets[slug] ?? [])]) {
        try {
          this.log(`⇪ ${slug} → ${await deployColumn(join(this.options.outDir, slug), slug, target)} (${both('deployedLive')})`);
        } catch (error) {
          this.log(`! ${slug} → ${target.type}: ${(error as Error).message}`);
          break;
        }
      }
    }
  }

  private async deploy(report: BuildReport) {
    const targets = this.options.deploy;
    if (!targets) return;
    // Unchanged columns whose last copy failed are copied again, as if just built.
    for (const slug of report.unchanged.filter((s) => this.undeployed.has(s))) report.built.push({ slug, pages: 0, release: '' });
    for (const built of report.built) this.undeployed.delete(built.slug);
    for (const built of [...report.built]) {
      for (const target of [...(targets['*'] ?? []), ...(targets[built.slug] ?? [])]) {
        try {
          const summary = await deployColumn(join(this.options.outDir, built.slug), built.slug, target);
          this.log(`⇪ ${built.slug} → ${summary}`);
        } catch (error) {
          // Live here, not there: reported as failed, and copied again by the next job that touches it.
          report.failed.push({
            slug: built.slug,
            reason: `built and live here, but the copy to ${target.type} failed: ${(error as Error).message}`,
          });
          report.built.splice(report.built.indexOf(built), 1);
          this.undeployed.add(built.slug);
          break;
        }
      }
    }
  }
}
