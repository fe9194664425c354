import type { Core } from '@strapi/strapi';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACCESS_TEXT, sentences } from './messages';
import { CMS_LOG_TEXT } from '../log-messages';

export const TOKEN_NAME = 'column57 generator (read-only)';
export const REPORT_TOKEN_NAME = 'column57 reports (export only)';

interface TokenSpec {
  name: string;
  description: string;
  type: 'read-only' | 'custom';
  permissions?: string[];
}

/**
 * Local tools read the CMS through API tokens. Strapi only reveals a token's key when it is created,
 * so we keep it in a git-ignored file and mint a new one when the file is gone.
 */
async function ensureApiToken(strapi: Core.Strapi, file: string, spec: TokenSpec) {
  if (existsSync(file)) return;
  const tokens = strapi.service('admin::api-token');
  const existing = await tokens.getByName(spec.name);
  if (existing) await tokens.revoke(existing.id);
  const token = await tokens.create({ ...spec, lifespan: null });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${token.accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`column57: ${CMS_LOG_TEXT.both('wroteToken', { name: spec.name, file })}`);
}

/** Published content for the column generator: read-only. */
export const ensureGeneratorToken = (strapi: Core.Strapi, file: string) =>
  ensureApiToken(strapi, file, {
    name: TOKEN_NAME,
    description: sentences(ACCESS_TEXT.pair('generatorToken')),
    type: 'read-only',
  });

/** Reports for `column57 report`: this one action only, so the generator's token never reads reports. */
export const ensureReportToken = (strapi: Core.Strapi, file: string) =>
  ensureApiToken(strapi, file, {
    name: REPORT_TOKEN_NAME,
    description: sentences(ACCESS_TEXT.pair('reportToken')),
    type: 'custom',
    permissions: ['api::report.report.export'],
  });
