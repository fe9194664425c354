import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSnapshot } from '../../packages/cli/src/commands/snapshot.ts';
import { buildColumns } from '../../sites/build/index.ts';
import { ROOT } from './paths.ts';

/** What a snapshot says, leaving out when it was taken: equal fingerprints mean equal columns. */
function contentFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = ['manifest.json', ...readdirSync(join(dir, 'bodies')).sort().map((f) => `bodies/${f}`)];
  for (const file of files) hash.update(file).update(readFileSync(join(dir, file), 'utf8').replace(/"generatedAt": ?"[^"]*"/g, ''));
  return hash.digest('hex');
}

/**
 * Takes a snapshot of the running CMS and builds every column from it, unless the published content
 * is exactly what the columns in outDir were built from.
 */
export async function buildColumnsFromCms(options: { cmsUrl: string; tokenFile: string; outDir: string; log: (m: string) => void }) {
  const snapshotDir = join(ROOT, '.cache', 'snapshot');
  const token = readFileSync(options.tokenFile, 'utf8').trim();
  await writeSnapshot({ out: snapshotDir, cms: { url: options.cmsUrl, token }, log: () => {} });
  const stamp = join(options.outDir, '.column57-built-from');
  const fingerprint = contentFingerprint(snapshotDir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    options.log('chuyên mục đã cập nhật, không cần dựng lại / columns are up to date');
    return;
  }
  options.log('dựng các chuyên mục từ nội dung đã xuất bản / building the columns from published content ...');
  const report = await buildColumns({ snapshotDir, outDir: options.outDir, cacheDir: join(ROOT, '.cache', 'build'), log: options.log });
  if (!report.failed.length) writeFileSync(stamp, fingerprint);
}
