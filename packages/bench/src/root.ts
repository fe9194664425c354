import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (packages/bench/src -> ../../..): the benchmark runs the CLI from there. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The committed demo snapshot the synthetic corpus is made from (its bodies, brands and writing). */
export const DEMO_SNAPSHOT_DIR = join(ROOT, 'tests', 'fixtures', 'demo-snapshot');
