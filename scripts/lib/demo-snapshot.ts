import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSnapshot } from '../../packages/snapshot/src/index.ts';
import type { BodyContent, Manifest } from '../../packages/snapshot/src/index.ts';
import type { RunningCms } from './embedded-cms.ts';
import { normalizeSnapshot } from './normalize-snapshot.ts';
import { ROOT } from './paths.ts';

export const DEMO_SNAPSHOT_DIR = join(ROOT, 'tests', 'fixtures', 'demo-snapshot');

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/**
 * Exports a running CMS through its snapshot endpoint (as `column57 snapshot` does) and writes the
 * normalised result to `outDir`: manifest.json, bodies/<slug>.json and media/.
 */
export async function exportNormalizedSnapshot(cms: RunningCms, outDir: string, log: (m: string) => void = () => {}, bodies?: string[]) {
  const { accessKey } = await cms.strapi
    .service('admin::api-token')
    .create({ name: `export ${Date.now()}`, type: 'read-only', lifespan: null });
  const raw = mkdtempSync(join(tmpdir(), 'column57-export-'));
  try {
    const rawOut = join(raw, 'snapshot');
    await writeSnapshot({ out: rawOut, cms: { url: cms.url, token: accessKey }, log, bodies });
    const manifest = JSON.parse(readFileSync(join(rawOut, 'manifest.json'), 'utf8')) as Manifest;
    const contents = readdirSync(join(rawOut, 'bodies'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(rawOut, 'bodies', f), 'utf8')) as BodyContent);
    const normalized = normalizeSnapshot(manifest, contents);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'bodies'), { recursive: true });
    writeFileSync(join(outDir, 'manifest.json'), json(normalized.manifest));
    for (const content of normalized.bodies) writeFileSync(join(outDir, 'bodies', `${content.body}.json`), json(content));
    cpSync(join(rawOut, 'media'), join(outDir, 'media'), { recursive: true });
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}
