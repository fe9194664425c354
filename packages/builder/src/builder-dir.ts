import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder (packages/builder/): its sources are part of the generator's fingerprint. */
export const BUILDER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
