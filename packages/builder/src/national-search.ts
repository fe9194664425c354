import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leadOf } from '@column57/sites/hub';
import { type ColumnSearchRecords, NATIONAL_SHARDS_FILE } from '@column57/sites/search-format';
import { type Body, PROVINCE_LEVEL_KINDS } from '@column57/snapshot';
import { lock } from 'proper-lockfile';
import { both } from './messages.ts';
import {
  pagefindRecord,
  type PagefindRecord,
  readRecords,
  removeDeadSwaps,
  SEARCH_DIR,
  stopSearchIndexer,
  swapIndex,
  useSearchIndexer,
  writeIndex,
} from './search-index.ts';
import { seconds } from './timing.ts';

/**
 * The hub's national search, over every live column, in shards: one per province with its communes, one
 * for the central bodies, each cut again past `SHARD_RECORDS` records. The hub's search page merges them
 * in the browser (Pagefind's `mergeIndex`), as it lists them in `shards.json`.
 *
 * Why shards: Pagefind holds an index in memory while it writes it, some 40 kB a record, so a country's
 * one index took a 5 GB process; a shard of 5,000 records takes about 250 MB, and shards are made one after
 * the other. And a shard whose records did not change is kept: a commune's publish makes its province's
 * shard again, not the country's.
 */
export const SHARD_RECORDS = 5000;

/**
 * Goes into each shard's hash: a shard written by another Pagefind (or another layout of ours) is made
 * again, so the browser never merges shards of two versions under one's script.
 */
const SHARD_FORMAT = `column57-shard-1 pagefind-${
  (
    JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version
}`;
const CENTRAL_GROUP = 'trung-uong';

export interface NationalBody {
  slug: string;
  /** Its shard group: the province a commune is under, a province's own slug, or the central group. */
  group: string;
}

export interface Shard {
  /** Its folder under the hub's `pagefind/`, and the name the browser merges it by. */
  id: string;
  bodies: string[];
  /** Records by language, so the browser merges only shards with the reader's language. */
  languages: Record<string, number>;
  /** What the records hashed to: a shard with the same hash is not made again. */
  hash: string;
}

interface ShardPlan extends Shard {
  records: PagefindRecord[];
}

export function groupOf(body: Pick<Body, 'slug' | 'kind' | 'parent'>): string {
  if (body.parent) return body.parent;
  return (PROVINCE_LEVEL_KINDS as readonly string[]).includes(body.kind) ? body.slug : CENTRAL_GROUP;
}

/** The hub's live columns, as the last build left them: the bodies of the snapshot that have a column in outDir. */
export function liveColumnsOf(snapshotDir: string, outDir: string): NationalBody[] {
  return nationalBodiesWhere(snapshotDir, (slug) => Boolean(statSync(join(outDir, slug), { throwIfNoEntry: false })?.isDirectory()));
}

/** The given live columns with their groups, read from the snapshot's manifest. */
export function nationalBodiesOf(snapshotDir: string, liveSlugs: readonly string[]): NationalBody[] {
  const live = new Set(liveSlugs);
  return nationalBodiesWhere(snapshotDir, (slug) => live.has(slug));
}

function nationalBodiesWhere(snapshotDir: string, live: (slug: string) => boolean): NationalBody[] {
  const { bodies } = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as { bodies: Body[] };
  return bodies.filter((b) => live(b.slug)).map((b) => ({ slug: b.slug, group: groupOf(b) }));
}

/**
 * How much of an item's text the national index takes: its title, then its opening (the summary and the
 * first paragraphs), cut at a word. A reader finds the whole text in each column's own index; the national
 * one stays small to download and to make.
 */
const NATIONAL_TEXT_CHARS = 500;

function opening(text: string): string {
  if (text.length <= NATIONAL_TEXT_CHARS) return text;
  const cut = text.lastIndexOf(' ', NATIONAL_TEXT_CHARS);
  return text.slice(0, cut > 0 ? cut : NATIONAL_TEXT_CHARS);
}

/**
 * The shards, group by group (the lead body's group first), each with its records: every item once, on its
 * own column's page (a national document or campaign on the lead body's column, else the first that shows
 * it; a shared article on the column it was shared from), with the body's name to say whose it is and to
 * filter by. A group's records are read only when its shards are made, so memory holds one group at a time.
 * A column without records (built before they were kept) is left out until it is built again.
 */
export function* nationalShards(
  outDir: string,
  bodies: readonly NationalBody[],
  log: (message: string) => void,
  perShard = SHARD_RECORDS,
): Generator<ShardPlan> {
  const lead = leadOf(bodies.map((b) => b.slug));
  const ordered = [...bodies].sort((a, b) => Number(b.slug === lead) - Number(a.slug === lead));
  const groups = new Map<string, string[]>();
  for (const { slug, group } of ordered) {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(slug);
  }
  const listed = new Set<string>();
  let missing = 0;
  for (const [group, slugs] of groups) {
    const records: Array<PagefindRecord & { slug: string }> = [];
    for (const slug of slugs) {
      let column: ColumnSearchRecords;
      try {
        column = readRecords(join(outDir, slug));
      } catch {
        missing++;
        continue;
      }
      for (const record of column.records) {
        if (record.origin === 'shared') continue;
        const once = `${record.id}:${record.locale}`;
        if (record.origin === 'national' && listed.has(once)) continue;
        listed.add(once);
        const name = column.name[record.locale] ?? column.name.vi ?? slug;
        records.push({ ...pagefindRecord({ ...record, text: opening(record.text) }, `${slug}/${record.path}`, name), slug });
      }
    }
    const parts = Math.max(1, Math.ceil(records.length / perShard));
    for (let part = 0; part < parts; part++) {
      const mine = records.slice(part * perShard, (part + 1) * perShard);
      const languages: Record<string, number> = {};
      for (const record of mine) languages[record.language] = (languages[record.language] ?? 0) + 1;
      yield {
        id: parts === 1 ? group : `${group}.${part + 1}`,
        bodies: [...new Set(mine.map((r) => r.slug))],
        languages,
        hash: createHash('sha256').update(SHARD_FORMAT).update(JSON.stringify(mine)).digest('hex'),
        records: mine.map(({ slug: _slug, ...record }) => record),
      };
    }
  }
  if (missing) log(`! ${both('nationalSearchMissing', { count: missing })}`);
}

const nationalDir = (outDir: string) => join(outDir, SEARCH_DIR);

/**
 * What a shard folder holds, written inside it with its index: the truth about it. The list is only made
 * from these, so a folder is judged by what it holds, not by what a list (perhaps another maker's) says.
 */
const SHARD_META = 'column57-shard.json';

function shardIn(dir: string): Shard | null {
  try {
    return JSON.parse(readFileSync(join(dir, SHARD_META), 'utf8')) as Shard;
  } catch {
    return null;
  }
}

/** The shards the hub lists now (none before the first national index, or from an index of one piece). */
export function listedShards(outDir: string): Shard[] {
  return readShardList(outDir)?.shards ?? [];
}

interface ShardList {
  /** When the pass that made this list read the records (epoch ms); a drop since leaves the list short. */
  madeAt: number;
  shards: Shard[];
}

function readShardList(outDir: string): ShardList | null {
  try {
    return JSON.parse(readFileSync(join(nationalDir(outDir), NATIONAL_SHARDS_FILE), 'utf8')) as ShardList;
  } catch {
    return null;
  }
}

/** Written whole beside the list and renamed over it: a reader never meets half a list. */
function writeShardList(outDir: string, list: ShardList) {
  mkdirSync(nationalDir(outDir), { recursive: true });
  const file = join(nationalDir(outDir), NATIONAL_SHARDS_FILE);
  const next = `${file}.${process.pid}`;
  writeFileSync(next, `${JSON.stringify(list, null, 1)}\n`);
  renameSync(next, file);
}

/** Whether the national index covers every live column as it was last made: made, and nothing dropped since. */
export function nationalIndexCurrent(outDir: string): boolean {
  const list = readShardList(outDir);
  return list !== null && list.madeAt > droppedAt(outDir);
}

/**
 * One national pass at a time, whoever makes it (a build's finish, the build service's refresh, a hand-run
 * `--national-search only`): a pass waits for the one before it, then reads the records as they are. Two at
 * once could swap in a shard from records older than the other's and list it as current.
 */
async function lockNation(outDir: string): Promise<() => Promise<void>> {
  const release = await lock(outDir, {
    lockfilePath: join(outDir, '.national-search.lock'),
    realpath: false,
    stale: 60_000,
    retries: { retries: 100_000, minTimeout: 200, maxTimeout: 1000 },
    onCompromised: () => {},
  });
  return () => release().catch(() => {});
}

/**
 * Makes the shards whose records changed (or whose folder is gone), swaps each in whole, then lists them.
 * A page taken down while the records were being indexed would come back with the shard: a drop since the
 * records were read sends the whole pass back to start (a few times at most; then the hub waits).
 */
export async function indexNation(
  outDir: string,
  bodies: readonly NationalBody[],
  log: (message: string) => void,
): Promise<{ pages: number; shards: number; made: number }> {
  mkdirSync(nationalDir(outDir), { recursive: true });
  const unlock = await lockNation(outDir);
  try {
    removeDeadSwaps(nationalDir(outDir));
    removeDeadSwaps(outDir, '.pagefind-');
    for (let attempt = 1; ; attempt++) {
      const readAt = Date.now();
      const still = () => droppedAt(outDir) < readAt;
      const ids: string[] = [];
      let pages = 0;
      let made = 0;
      let overtaken = false;
      for (const { records, ...shard } of nationalShards(outDir, bodies, log)) {
        pages += records.length;
        ids.push(shard.id);
        const dir = join(nationalDir(outDir), shard.id);
        if (shardIn(dir)?.hash === shard.hash) continue;
        const started = Date.now();
        const write = async (next: string) => {
          await writeIndex(records, next, outDir);
          writeFileSync(join(next, SHARD_META), JSON.stringify(shard));
        };
        if (!(await swapIndex(dir, write, still))) {
          overtaken = true;
          break;
        }
        made++;
        log(`  ${both('nationalSearch')}: ${shard.id}, ${records.length} ${both('pages')} (${seconds(started).toFixed(1)} s)`);
      }
      if (!overtaken && still()) {
        // Listed as they are on disk: a shard a drop took out meanwhile is not named.
        const shards = ids.map((id) => shardIn(join(nationalDir(outDir), id))).filter((shard): shard is Shard => shard !== null);
        writeShardList(outDir, { madeAt: readAt, shards });
        removeUnlisted(outDir, shards);
        return { pages, shards: shards.length, made };
      }
      log(`! ${both('nationalSearch')}: ${both('nationalSearchOvertaken')}`);
      if (attempt === 3) throw new Error(both('nationalSearchOvertaken'));
    }
  } finally {
    await unlock();
  }
}

/** Shards no longer listed, and the files of an index of one piece from before shards. */
function removeUnlisted(outDir: string, shards: Shard[]) {
  const keep = new Set([...shards.map((s) => s.id), NATIONAL_SHARDS_FILE]);
  for (const entry of readdirSync(nationalDir(outDir))) {
    if (!keep.has(entry) && !entry.startsWith('.')) rmSync(join(nationalDir(outDir), entry), { recursive: true, force: true });
  }
}

/**
 * The hub's national search made again over every live column, apart from any build: what a build left
 * for later (`nationalSearch: 'later'`). Safe beside a running build; each shard is swapped in whole.
 */
export async function refreshNationalSearch(options: { snapshotDir: string; outDir: string; log?: (message: string) => void }) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  useSearchIndexer();
  try {
    const columns = liveColumnsOf(options.snapshotDir, options.outDir);
    const { pages, shards, made } = await indexNation(options.outDir, columns, log);
    log(
      `  ${both('nationalSearch')}: ${pages} ${both('pages')}, ${columns.length} ${both('columns')}, ` +
        `${both('shardsMade', { made, shards })} (${seconds(started).toFixed(1)} s)`,
    );
    return { pages, columns: columns.length, shards, made, seconds: seconds(started) };
  } finally {
    await stopSearchIndexer();
  }
}

/** When a national shard was last dropped (epoch ms), written down for an index being made meanwhile. */
const DROPPED_FILE = '.national-search-dropped';

function droppedAt(outDir: string): number {
  try {
    return Number(readFileSync(join(outDir, DROPPED_FILE), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/**
 * A column that lost a page (unpublished, made secret) takes the shards holding its records out of the
 * national search at once, once its new release is live: the text must not stay findable until the next
 * index. The other shards stay searchable.
 */
export function dropNationalShards(outDir: string, slug: string) {
  writeFileSync(join(outDir, DROPPED_FILE), `${Date.now()}\n`);
  const dir = nationalDir(outDir);
  if (!existsSync(dir)) return;
  // No list: nothing yet, or an index of one piece from before shards, which goes whole.
  if (!existsSync(join(dir, NATIONAL_SHARDS_FILE))) return rmSync(dir, { recursive: true, force: true });
  // By what each folder holds, not by the list: a shard swapped in but not yet listed is taken out too.
  const gone = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && (shardIn(join(dir, entry.name))?.bodies.includes(slug) ?? true)) {
      gone.add(entry.name);
    }
  }
  if (!gone.size) return;
  const list = readShardList(outDir) ?? { madeAt: 0, shards: [] };
  writeShardList(outDir, { madeAt: list.madeAt, shards: list.shards.filter((s) => !gone.has(s.id)) });
  for (const id of gone) rmSync(join(dir, id), { recursive: true, force: true });
}
