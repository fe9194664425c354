// Regenerates tests/fixtures/demo-snapshot from the demo seed: seeds a throw-away CMS (temporary
// SQLite), exports it through the snapshot endpoint, normalises ids and times, writes the fixture.
// Run: node scripts/toolchain.mjs ... or, once set up, `node scripts/make-demo-snapshot.ts`.
import { compileCms, startCms } from './lib/embedded-cms.ts';
import { DEMO_SNAPSHOT_DIR, exportNormalizedSnapshot } from './lib/demo-snapshot.ts';
import { START_TEXT } from './lib/start-text.ts';

const started = Date.now();
const log = (m: string) => console.error(`[demo-snapshot] ${m}`);
const seconds = () => Math.round((Date.now() - started) / 1000);
await compileCms();
log(`${START_TEXT.both('seedingThrowAwayCms')} ...`);
const cms = await startCms({ seedBodies: 'all' });
log(`${START_TEXT.both('seededExporting', { seconds: seconds() })} ...`);
try {
  await exportNormalizedSnapshot(cms, DEMO_SNAPSHOT_DIR, log);
} finally {
  await cms.stop();
}
log(START_TEXT.both('wroteFixture', { dir: DEMO_SNAPSHOT_DIR, seconds: seconds() }));
