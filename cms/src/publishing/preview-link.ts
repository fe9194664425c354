import { createHmac } from 'node:crypto';

/**
 * The address Strapi's Preview panel opens for a draft: the build service's preview route with a
 * signed, short-lived token (uid, document, locale). The build service checks the signature with the
 * secret it shares with the CMS, so nobody can ask it for a draft the CMS did not hand out.
 */
const PREVIEWABLE = new Set(['api::article.article', 'api::campaign.campaign', 'api::resolution-document.resolution-document']);
const LIFETIME_SECONDS = 60 * 60;

export function previewOrigin(): string | null {
  if (process.env.COLUMN57_PREVIEW_URL) return process.env.COLUMN57_PREVIEW_URL.replace(/\/+$/, '');
  const hook = process.env.COLUMN57_BUILD_HOOK_URL;
  return hook ? new URL(hook).origin : null;
}

export function signPreview(payload: { uid: string; documentId: string; locale: string }, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(now / 1000) + LIFETIME_SECONDS })).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export function previewUrl(uid: string, params: { documentId?: string; locale?: string; status?: string }): string | null {
  const origin = previewOrigin();
  const secret = process.env.COLUMN57_BUILD_HOOK_SECRET;
  if (!origin || !secret || !PREVIEWABLE.has(uid) || !params.documentId) return null;
  return `${origin}/preview/${signPreview({ uid, documentId: params.documentId, locale: params.locale ?? 'vi' }, secret)}/`;
}
