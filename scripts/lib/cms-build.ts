import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from './fingerprint.ts';
import { CMS_DIR, ROOT, STRAPI_BIN } from './paths.ts';
import { START_TEXT } from './start-text.ts';

const STAMP = join(CMS_DIR, 'dist', '.column57-build');
// The CMS runs the packages it depends on from their sources (the snapshot's contract, the catalogues).
const SOURCES = [
  'cms/src',
  'cms/config',
  'cms/package.json',
  'cms/tsconfig.json',
  'packages/snapshot',
  'packages/i18n',
  'packages/speech',
  'packages/artwork',
  'pnpm-lock.yaml',
];

/** Builds the CMS (server and admin panel) unless the sources are unchanged since the last build. */
export function buildCmsIfStale(env: NodeJS.ProcessEnv, log: (m: string) => void) {
  const current = fingerprint(ROOT, SOURCES);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === current) return;
  log(`${START_TEXT.both('buildingCms')} ...`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [STRAPI_BIN, 'build'], { cwd: CMS_DIR, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(START_TEXT.both('cmsBuildFailed', { status: String(result.status) }));
  writeFileSync(STAMP, current);
  log(START_TEXT.both('cmsBuilt', { seconds: Math.round((Date.now() - started) / 1000) }));
}
