import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deployToS3, type S3Target } from './deploy-s3.ts';
import { PUBLISHER_TEXT } from './messages.ts';

/**
 * Where a built column is copied besides the local output. `folder`: a web root on this machine (a
 * portal's document root, a mounted share); `s3`: a bucket of any S3-compatible storage. `{slug}` in a
 * path or prefix is replaced by the body's slug.
 */
export type DeployTarget = { type: 'folder'; path: string } | S3Target;

/** Reads the deploy configuration: { "<slug>" | "*": [targets] }, naming the entry at fault. */
export function parseDeployConfig(json: unknown, source: string): Record<string, DeployTarget[]> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${source}: ${PUBLISHER_TEXT.both('deployConfigShape')}`);
  const config: Record<string, DeployTarget[]> = {};
  for (const [slug, targets] of Object.entries(json as Record<string, unknown>)) {
    if (!Array.isArray(targets)) throw new Error(`${source}: ${PUBLISHER_TEXT.both('deployTargetsList', { slug })}`);
    config[slug] = targets.map((target, i) => {
      const where = `${source}: "${slug}"[${i}]`;
      if (!target || typeof target !== 'object') throw new Error(`${where}: ${PUBLISHER_TEXT.both('deployTargetShape')}`);
      const t = target as Record<string, unknown>;
      if (t.type === 's3') {
        if (typeof t.bucket !== 'string' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(t.bucket))
          throw new Error(`${where}.bucket: ${PUBLISHER_TEXT.both('deployBucket')}`);
        if (typeof t.prefix !== 'string') throw new Error(`${where}.prefix: ${PUBLISHER_TEXT.both('deployPrefix')}`);
        if (t.endpoint !== undefined && (typeof t.endpoint !== 'string' || !/^https?:\/\//.test(t.endpoint)))
          throw new Error(`${where}.endpoint: ${PUBLISHER_TEXT.both('deployEndpoint')}`);
        return {
          type: 's3',
          bucket: t.bucket,
          prefix: t.prefix,
          endpoint: t.endpoint as string | undefined,
          region: typeof t.region === 'string' ? t.region : undefined,
          forcePathStyle: typeof t.forcePathStyle === 'boolean' ? t.forcePathStyle : undefined,
        };
      }
      if (t.type !== 'folder') throw new Error(`${where}.type: ${PUBLISHER_TEXT.both('deployType', { type: String(t.type) })}`);
      if (typeof t.path !== 'string' || !t.path.startsWith('/')) throw new Error(`${where}.path: ${PUBLISHER_TEXT.both('deployPath')}`);
      return { type: 'folder', path: t.path };
    });
  }
  return config;
}

/**
 * Makes `to` a copy of `from`: each file that `last` (the previous copy) has with the same size and
 * modification time is linked from there (a publish changes a few pages of a column's hundreds of
 * files); the others are copied with their time, so that the next copy knows them. The quick check
 * rsync makes by default.
 */
function copyChanged(from: string, to: string, last: string | null) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const kept = last ? join(last, entry.name) : null;
    const stat = statSync(source);
    if (stat.isDirectory()) {
      copyChanged(source, target, kept && statSync(kept, { throwIfNoEntry: false })?.isDirectory() ? kept : null);
      continue;
    }
    const before = kept ? statSync(kept, { throwIfNoEntry: false }) : undefined;
    if (before?.isFile() && before.size === stat.size && Math.abs(before.mtimeMs - stat.mtimeMs) < 1) {
      try {
        linkSync(kept!, target);
        continue;
      } catch {
        // Another file system, or links refused: copied below.
      }
    }
    copyFileSync(source, target);
    // Kept to the microsecond (as seconds), and compared to the millisecond.
    utimesSync(target, stat.atimeMs / 1000, stat.mtimeMs / 1000);
  }
}

/**
 * Copies a column beside its destination, then renames it into place: the destination is never a
 * half-copied column (between the two renames it is briefly absent, never mixed). Only what changed is
 * copied: a file of the same size and time as in the destination's last copy is linked from it.
 */
export async function deployColumn(columnDir: string, slug: string, target: DeployTarget): Promise<string> {
  if (target.type === 's3') {
    const result = await deployToS3(columnDir, slug, target);
    const { both } = PUBLISHER_TEXT;
    return (
      `${result.where} (${result.uploaded} ${both('uploadedCount')}, ${result.unchanged} ${both('unchangedCount')}, ` +
      `${result.deleted} ${both('deletedCount')})`
    );
  }
  const destination = resolve(target.path.replaceAll('{slug}', slug));
  const incoming = `${destination}.column57-incoming`;
  const previous = `${destination}.column57-previous`;
  mkdirSync(dirname(destination), { recursive: true });
  rmSync(incoming, { recursive: true, force: true });
  copyChanged(realpathSync(columnDir), incoming, existsSync(destination) ? destination : null);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(destination)) renameSync(destination, previous);
  renameSync(incoming, destination);
  rmSync(previous, { recursive: true, force: true });
  return destination;
}
