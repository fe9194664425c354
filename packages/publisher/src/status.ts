import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { countRefusal, type FramingRefusal } from './framing-reports.ts';
import { PUBLISHER_TEXT } from './messages.ts';

/** What the status page and its JSON say about each column's latest build. */
export type BuildResult = 'built' | 'unchanged' | 'failed' | 'held';

export interface BodyStatus {
  slug: string;
  result: BuildResult;
  /** When the build that settled this result finished. */
  at: string;
  seconds: number;
  pages: number | null;
  release: string | null;
  error: string | null;
  trigger: string;
  /** The release readers see, and when it went live. */
  live: { release: string | null; since: string | null; pages: number | null };
}

export interface JobRecord {
  id: number;
  trigger: string[];
  scope: string;
  startedAt: string;
  seconds: number;
  built: number;
  unchanged: number;
  failed: string[];
  error: string | null;
}

/**
 * The hub's national search index, which a job for some bodies leaves for later (it is made over every
 * column: minutes at national scale): `due` at a time, being made (`indexing`), or `current`.
 */
export interface NationalSearchStatus {
  state: 'current' | 'due' | 'indexing';
  dueAt: string | null;
  madeAt: string | null;
  seconds: number | null;
  pages: number | null;
  error: string | null;
}

export interface ServiceStatus {
  startedAt: string;
  state: 'idle' | 'building' | 'waiting';
  current: { scope: string; since: string; trigger: string[] } | null;
  pending: string | null;
  bodies: Record<string, BodyStatus>;
  jobs: JobRecord[];
  /** Portal origins whose framing of a column browsers reported refused (framing-reports.ts), by column. */
  framings: Record<string, FramingRefusal[]>;
  nationalSearch: NationalSearchStatus;
}

const KEEP_JOBS = 50;
/** How long counted framing reports wait before the status file is written (they come in bursts). */
const FRAMING_SAVE_DELAY_MS = 2000;

/** The status, kept in a JSON file so that it survives restarts (written whole, then renamed). */
export class StatusStore {
  readonly file: string;
  status: ServiceStatus;

  constructor(file: string) {
    this.file = file;
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ServiceStatus>) : {};
    this.status = {
      startedAt: new Date().toISOString(),
      state: 'idle',
      current: null,
      pending: null,
      bodies: previous.bodies ?? {},
      jobs: previous.jobs ?? [],
      framings: previous.framings ?? {},
      nationalSearch: previous.nationalSearch ?? { state: 'current', dueAt: null, madeAt: null, seconds: null, pages: null, error: null },
    };
    this.save();
  }

  /** Written whole then renamed; a failure (disk full) is reported, never thrown into the build queue. */
  save() {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(this.status, null, 1)}\n`);
      renameSync(temporary, this.file);
    } catch (error) {
      console.error(`column57: ${PUBLISHER_TEXT.both('statusNotSaved', { file: this.file, error: (error as Error).message })}`);
    }
  }

  body(slug: string, update: Omit<BodyStatus, 'slug' | 'live'>) {
    const previous = this.status.bodies[slug];
    const live =
      update.result === 'built'
        ? { release: update.release, since: update.at, pages: update.pages }
        : (previous?.live ?? { release: null, since: null, pages: null });
    // An unchanged column keeps the page count of the release it is on.
    const pages = update.result === 'unchanged' ? (previous?.live.pages ?? null) : update.pages;
    this.status.bodies[slug] = { slug, ...update, pages, live };
  }

  job(record: JobRecord) {
    this.status.jobs = [record, ...this.status.jobs].slice(0, KEEP_JOBS);
  }

  /** Counts a refused framing of a column; saved at most every few seconds, as reports come in bursts. */
  refusedFraming(slug: string, origin: string, at = new Date().toISOString()) {
    const known = Object.hasOwn(this.status.framings, slug) ? this.status.framings[slug] : [];
    this.status.framings[slug] = countRefusal(known, origin, at);
    this.saveSoon ??= setTimeout(() => {
      this.saveSoon = undefined;
      this.save();
    }, FRAMING_SAVE_DELAY_MS).unref();
  }

  private saveSoon: NodeJS.Timeout | undefined;

  /** The status as one body's editors may see it: their column only, and the jobs that touched it. */
  forBody(slug: string): Pick<ServiceStatus, 'state' | 'bodies' | 'framings'> & { jobs: JobRecord[] } {
    const bodies = this.status.bodies[slug] ? { [slug]: this.status.bodies[slug] } : {};
    const framings = this.status.framings[slug] ? { [slug]: this.status.framings[slug] } : {};
    return { state: this.status.state, bodies, jobs: [], framings };
  }
}
