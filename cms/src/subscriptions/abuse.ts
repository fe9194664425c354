/**
 * What keeps the public subscription form from being used against anyone: a cap on requests per client
 * address and on confirmation mails per mail address (so the form cannot flood one inbox), and a honeypot
 * field that people never see and robots fill in. Counts are kept in memory: they are about minutes, and a
 * restart forgetting them costs a flooder nothing it did not have.
 */
export const HONEYPOT_FIELD = 'website';

export class SlidingLimit {
  private readonly hits = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;

  constructor(max: number, windowMs: number) {
    this.max = max;
    this.windowMs = windowMs;
  }

  /** Counts a hit for `key` at `now`; false when the key has had `max` hits within the window already. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
  }
}

/** Limits of one CMS, read once at start (tests lower them through the environment). */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    perClient: new SlidingLimit(Number(env.COLUMN57_SUBSCRIBE_PER_CLIENT ?? 10), 10 * 60_000),
    perAddress: new SlidingLimit(Number(env.COLUMN57_SUBSCRIBE_PER_ADDRESS ?? 3), 60 * 60_000),
  };
}
