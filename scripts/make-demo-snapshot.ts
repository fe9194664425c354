// Regenerates tests/fixtures/demo-snapshot from the demo seed: seeds a throw-away CMS (temporary
// SQLite), exports it through the snapshot endpoint, normalises ids and times, writes the fixture.
// Run: node scripts/toolchain.mjs ... or, once set up, `node scripts/make-demo-snapshot.ts`.
import { compileCms, startCms } from './lib/embedded-cms.ts';
import { DEMO_SNAPSHOT_DIR, exportNormalizedSnapshot } from './lib/demo-snapshot.ts';

const started = Date.now();
const log = (m: string) => console.error(`[demo-snapshot] ${m}`);
await compileCms();
log('seeding a throw-away CMS with the demo content ...');
const cms = await startCms({ seedBodies: 'all' });
log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s; exporting ...`);
try {
  await exportNormalizedSnapshot(cms, DEMO_SNAPSHOT_DIR, log);
} finally {
  await cms.stop();
}
log(`wrote ${DEMO_SNAPSHOT_DIR} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
