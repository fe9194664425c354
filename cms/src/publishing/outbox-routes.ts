import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../request-context';
import { hasBearer } from '../security/bearer';
import { OUTBOX_TEXT as TEXT } from './messages';
import { claimChanges, finishChanges, pendingChanges, releaseChanges, renewChanges } from './outbox';

const PREFIX = '/column57/changes';
const DEFAULT_LEASE_MS = 60_000;

type Input = Record<string, unknown>;
const workerOf = (input: Input) => (typeof input.worker === 'string' && /^.{1,200}$/u.test(input.worker) ? input.worker : null);
const idsOf = (input: Input) =>
  Array.isArray(input.ids) && input.ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0) ? (input.ids as number[]) : null;
const leaseOf = (input: Input) => {
  if (input.leaseMs === undefined) return DEFAULT_LEASE_MS;
  const lease = Number(input.leaseMs);
  return Number.isInteger(lease) && lease >= 1_000 && lease <= 3_600_000 ? lease : null;
};

/**
 * The build workers' door to the outbox (outbox.ts), under /api/column57/changes with the build hook's
 * secret as a bearer token (the secret the CMS already signs its notices with): `claim` takes the changes
 * waiting, `renew` holds them through a long build, `done` marks them built, `release` gives them back.
 * `GET` says how many wait and since when. Off without the secret.
 */
export function registerOutboxRoutes(strapi: Core.Strapi) {
  /** Answers the refusal and says false when the outbox is off or the secret is wrong. */
  const authorised = (ctx: RequestContext) => {
    const secret = process.env.COLUMN57_BUILD_HOOK_SECRET ?? '';
    if (!secret) ctx.notFound(TEXT.both('off'));
    else if (!hasBearer(ctx, secret)) ctx.unauthorized(TEXT.both('refused'));
    else return true;
    return false;
  };
  const guarded = (handle: (ctx: RequestContext, input: Input, worker: string) => Promise<unknown>) => async (ctx: RequestContext) => {
    if (!authorised(ctx)) return;
    const input = (ctx.request.body ?? {}) as Input;
    const worker = workerOf(input);
    if (!worker) return ctx.badRequest(TEXT.both('workerMissing'));
    const data = await handle(ctx, input, worker);
    // Nothing back: the handler has answered a refusal already.
    if (data !== undefined) ctx.body = { data };
  };
  const withIds =
    (act: (worker: string, ids: number[], input: Input) => Promise<number>) =>
    async (ctx: RequestContext, input: Input, worker: string) => {
      const ids = idsOf(input);
      if (!ids) return ctx.badRequest(TEXT.both('idsMissing'));
      return { changes: await act(worker, ids, input) };
    };
  const leased = (ctx: RequestContext, input: Input) => {
    const lease = leaseOf(input);
    if (lease === null) ctx.badRequest(TEXT.both('leaseInvalid'));
    return lease;
  };

  strapi.server.routes({
    type: 'content-api',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: PREFIX,
        config: { auth: false },
        handler: async (ctx: RequestContext) => {
          if (!authorised(ctx)) return;
          ctx.body = { data: await pendingChanges(strapi) };
        },
      },
      {
        method: 'POST',
        path: `${PREFIX}/claim`,
        config: { auth: false },
        handler: guarded(async (ctx, input, worker) => {
          const lease = leased(ctx, input);
          if (lease === null) return undefined;
          const limit = Math.min(Math.max(Number(input.limit) || 500, 1), 500);
          return { changes: await claimChanges(strapi, worker, lease, limit), leaseMs: lease };
        }),
      },
      {
        method: 'POST',
        path: `${PREFIX}/renew`,
        config: { auth: false },
        handler: guarded(async (ctx, input, worker) => {
          const lease = leased(ctx, input);
          if (lease === null) return undefined;
          return withIds((w, ids) => renewChanges(strapi, w, ids, lease))(ctx, input, worker);
        }),
      },
      {
        method: 'POST',
        path: `${PREFIX}/done`,
        config: { auth: false },
        handler: guarded(withIds((worker, ids) => finishChanges(strapi, worker, ids))),
      },
      {
        method: 'POST',
        path: `${PREFIX}/release`,
        config: { auth: false },
        handler: guarded(withIds((worker, ids) => releaseChanges(strapi, worker, ids))),
      },
    ],
  } as any);
}
