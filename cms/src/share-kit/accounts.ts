import { readFileSync } from 'node:fs';
import { SHARE_KIT_TEXT as TEXT } from './messages';

/**
 * Which body posts where, with what credentials. Off unless COLUMN57_SOCIAL_ACCOUNTS names a JSON file kept by
 * whoever runs the CMS (tokens are secrets: never in the database, the snapshot or the admin panel):
 *
 *   { "hanoi": { "facebook": { "pageId": "1234", "accessToken": "…" }, "zalo": { "accessToken": "…" } } }
 *
 * The file is read at each post, so a renewed token takes effect without a restart.
 */
export interface FacebookAccount {
  pageId: string;
  accessToken: string;
}
export interface ZaloAccount {
  accessToken: string;
}
export interface BodyAccounts {
  facebook?: FacebookAccount;
  zalo?: ZaloAccount;
}

const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/** The body's accounts, or {} when posting is off; a broken file is an error that names the body and the field. */
export function accountsOf(bodySlug: string): BodyAccounts {
  const file = process.env.COLUMN57_SOCIAL_ACCOUNTS;
  if (!file) return {};
  const fail = (problem: string) => new Error(TEXT.both('accountsInvalid', { file, problem }));
  let all: unknown;
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw fail((error as Error).message);
  }
  if (!all || typeof all !== 'object' || Array.isArray(all)) throw fail('{ "<body slug>": { "facebook": …, "zalo": … } }');
  const entry = (all as Record<string, unknown>)[bodySlug];
  if (entry === undefined) return {};
  const found = entry as Record<string, Record<string, unknown> | undefined>;
  const accounts: BodyAccounts = {};
  if (found.facebook !== undefined) {
    if (!text(found.facebook?.pageId) || !text(found.facebook?.accessToken)) throw fail(`${bodySlug}.facebook: pageId, accessToken`);
    accounts.facebook = { pageId: String(found.facebook!.pageId), accessToken: String(found.facebook!.accessToken) };
  }
  if (found.zalo !== undefined) {
    if (!text(found.zalo?.accessToken)) throw fail(`${bodySlug}.zalo: accessToken`);
    accounts.zalo = { accessToken: String(found.zalo!.accessToken) };
  }
  return accounts;
}
