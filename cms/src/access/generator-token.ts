import type { Core } from '@strapi/strapi';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TOKEN_NAME = 'column57 generator (read-only)';

/**
 * The local column generator reads the CMS through a read-only API token. Strapi only reveals a
 * token's key when it is created, so we keep it in a git-ignored file and mint a new one when the
 * file is gone.
 */
export async function ensureGeneratorToken(strapi: Core.Strapi, file: string) {
  if (existsSync(file)) return;
  const tokens = strapi.service('admin::api-token');
  const existing = await tokens.getByName(TOKEN_NAME);
  if (existing) await tokens.revoke(existing.id);
  const token = await tokens.create({
    name: TOKEN_NAME,
    description: 'Đọc nội dung đã xuất bản cho trình tạo chuyên mục. Reads published content for the column generator.',
    type: 'read-only',
    lifespan: null,
  });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${token.accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`column57: wrote a read-only API token for the generator to ${file}`);
}
