import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things live, from the repository root. */
export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const CMS_DIR = join(ROOT, 'cms');
export const DATA_DIR = join(ROOT, '.data');
export const CMS_ENV_FILE = join(CMS_DIR, '.env');
export const STRAPI_BIN = join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
