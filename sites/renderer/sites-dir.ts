import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The generator's own folder (sites/): its sources, node_modules, and the build's scratch space. */
export const SITES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
