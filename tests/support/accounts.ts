import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { AdminSession } from './admin-api.ts';
import type { RunningCms } from './cms.ts';

export const TEST_PASSWORD = 'Thử-nghiệm-57-Mật-khẩu';

type Role = 'administrator' | 'national-editor' | 'body-editor' | 'body-publisher';

/** Creates an account through the CMS's own code (compiled in cms/dist) and signs it in. */
export async function accountFor(cms: RunningCms, email: string, role: Role, body?: string): Promise<AdminSession> {
  const { ensureAccount } = createRequire(join(CMS_DIR, 'package.json'))(join(CMS_DIR, 'dist', 'src', 'seed', 'accounts.js'));
  await ensureAccount(cms.strapi, { email, firstname: 'Thử', lastname: 'Nghiệm', role, body }, TEST_PASSWORD);
  return AdminSession.login(cms.url, email, TEST_PASSWORD);
}
