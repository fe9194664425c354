import type { Core } from '@strapi/strapi';
import { AUDIT_TABLE } from '../audit/store';
import { record } from '../audit/record';
import type { NetworkId } from './networks';

/**
 * A post to a body's page is written to the audit log (action "share"): who posted which article where, and
 * the network's id of the post. The log is also what says an article was posted already, so a second click
 * does not post it twice by accident.
 */
export interface PostRecord {
  at: string;
  network: NetworkId;
  postId: string;
  userEmail: string | null;
}

export async function postsOf(strapi: Core.Strapi, documentId: string, locale: string): Promise<PostRecord[]> {
  const rows = await strapi.db
    .connection(AUDIT_TABLE)
    .where({ action: 'share', document_id: documentId, locale })
    .orderBy('at', 'desc')
    .select('at', 'changes', 'user_email');
  return rows.map((row: { at: string | Date; changes: string | Record<string, any>; user_email: string | null }) => {
    const changes = typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes;
    return {
      at: new Date(row.at).toISOString(),
      network: changes.network?.after,
      postId: String(changes.post?.after ?? ''),
      userEmail: row.user_email,
    };
  });
}

export async function recordPost(
  strapi: Core.Strapi,
  post: { documentId: string; locale: string; title: string; body: string; network: NetworkId; postId: string; url: string },
) {
  await record(strapi, {
    action: 'share',
    type: 'api::article.article',
    documentId: post.documentId,
    locale: post.locale,
    title: post.title,
    body: post.body,
    changes: {
      network: { before: null, after: post.network },
      post: { before: null, after: post.postId },
      link: { before: null, after: post.url },
    },
  });
}
