import type { BodyAccounts, FacebookAccount, ZaloAccount } from './accounts';
import { ZALO_AUTHOR_LIMIT } from './limits';
import { clip } from './text';

/** What goes out to a network: the kit's texts, the article's page and the 1.91:1 picture's public address. */
export interface SocialPost {
  facebookText: string;
  zaloTitle: string;
  zaloDescription: string;
  url: string;
  author: string;
  pictureUrl: string;
}

export const NETWORKS = ['facebook', 'zalo'] as const;
export type NetworkId = (typeof NETWORKS)[number];

/**
 * One interface for every network a body posts to: given the body's accounts, whether it is connected, and how
 * to post. The addresses default to the networks' own and can be pointed elsewhere (a proxy, or the local fake
 * the tests run, since the real endpoints cannot be reached from the build machines).
 */
export interface SocialNetwork {
  id: NetworkId;
  label: string;
  connected(accounts: BodyAccounts): boolean;
  post(accounts: BodyAccounts, post: SocialPost): Promise<{ id: string }>;
}

const TIMEOUT_MS = 20_000;

/**
 * One POST to a network's API, answered in JSON: the answer and whether HTTP said it went well. What counts
 * as a refusal inside a 200 is each network's own (Zalo answers 200 with an error code).
 */
async function postTo(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ ok: boolean; status: number; answer: Record<string, any> }> {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const raw = await response.text();
  try {
    return { ok: response.ok, status: response.status, answer: JSON.parse(raw) };
  } catch {
    throw new Error(`HTTP ${response.status}: ${raw.slice(0, 200)}`);
  }
}

/** A Facebook page's feed (Graph API): a post with the text and the link, whose preview shows the page's card. */
const facebook: SocialNetwork = {
  id: 'facebook',
  label: 'Facebook',
  connected: (accounts) => Boolean(accounts.facebook),
  async post(accounts, post) {
    const account = accounts.facebook as FacebookAccount;
    const base = (process.env.COLUMN57_FACEBOOK_GRAPH_URL || 'https://graph.facebook.com/v25.0').replace(/\/+$/, '');
    const { ok, status, answer } = await postTo(
      `${base}/${encodeURIComponent(account.pageId)}/feed`,
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      String(new URLSearchParams({ message: post.facebookText, link: post.url, access_token: account.accessToken })),
    );
    if (!ok || answer.error || typeof answer.id !== 'string') throw new Error(answer.error?.message ?? `HTTP ${status}`);
    return { id: answer.id };
  },
};

/** A Zalo Official Account article (Article API v2.0): title, description, cover picture, and the link in its body. */
const zalo: SocialNetwork = {
  id: 'zalo',
  label: 'Zalo',
  connected: (accounts) => Boolean(accounts.zalo),
  async post(accounts, post) {
    const account = accounts.zalo as ZaloAccount;
    const base = (process.env.COLUMN57_ZALO_OPENAPI_URL || 'https://openapi.zalo.me').replace(/\/+$/, '');
    const { ok, status, answer } = await postTo(
      `${base}/v2.0/article/create`,
      { 'Content-Type': 'application/json', access_token: account.accessToken },
      JSON.stringify({
        type: 'normal',
        // The kit's title and description are within Zalo's lengths already (text.ts); the author's name may not be.
        title: post.zaloTitle,
        author: clip(post.author, ZALO_AUTHOR_LIMIT),
        cover: { cover_type: 'photo', photo_url: post.pictureUrl, status: 'show' },
        description: post.zaloDescription,
        body: [{ type: 'text', content: post.zaloDescription }],
        status: 'show',
        comment: 'show',
      }),
    );
    // Zalo answers 200 with an error code: 0 is success, anything else is a refusal with its message.
    if (!ok || answer.error !== 0) throw new Error(answer.message ?? `HTTP ${status}`);
    return { id: String(answer.data?.token ?? answer.data?.id ?? '') };
  },
};

export const SOCIAL_NETWORKS: Record<NetworkId, SocialNetwork> = { facebook, zalo };
