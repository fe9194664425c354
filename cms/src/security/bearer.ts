import { timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../request-context';

/**
 * Whether a request carries `Authorization: Bearer <secret>`: for the routes machines call with a secret the
 * operator set (the mail server's reports, the build workers' outbox), compared in constant time.
 */
export function hasBearer(ctx: RequestContext, secret: string): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(ctx.get('authorization'))?.[1] ?? '');
  const expected = Buffer.from(secret);
  return secret.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
}
