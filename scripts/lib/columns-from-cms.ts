import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSnapshot } from '../../packages/cli/src/commands/snapshot.ts';
import { buildColumns } from '../../sites/build/index.ts';
import { ROOT } from './paths.ts';

/**
 * Takes a snapshot of the running CMS and builds the columns from it. Columns whose content is
 * unchanged since they were built are skipped by the build itself, so a second start is quick.
 */
export async function buildColumnsFromCms(options: { cmsUrl: string; tokenFile: string; outDir: string; log: (m: string) => void }) {
  const snapshotDir = join(ROOT, '.cache', 'snapshot');
  const token = readFileSync(options.tokenFile, 'utf8').trim();
  await writeSnapshot({ out: snapshotDir, cms: { url: options.cmsUrl, token }, log: () => {} });
  options.log('dựng các chuyên mục từ nội dung đã xuất bản / building the columns from published content ...');
  await buildColumns({ snapshotDir, outDir: options.outDir, cacheDir: join(ROOT, '.cache', 'build'), log: options.log });
}
