import { PUBLISHER_TEXT } from './messages.ts';
import type { Scope } from './scope.ts';

/** A change the CMS keeps in its outbox until a worker has built it (cms/src/publishing/outbox.ts). */
export interface OutboxChange {
  id: number;
  at: string;
  uid: string;
  action: string;
  documentId: string | null;
  bodies: string[] | 'all';
}

export interface OutboxOptions {
  /** The CMS's address (its API is under /api). */
  url: string;
  /** The build hook's secret, which the CMS also signs its notices with. */
  secret: string;
  /**
   * This worker's name in the queue. The same after a restart, so that a worker killed mid-build takes
   * back at once what it held; different for each worker sharing the queue.
   */
  worker: string;
  /** How long a claim holds changes before another worker may take them; renewed through a long build. */
  leaseMs?: number;
}

/** The build service's side of the CMS's outbox: claim what waits, hold it while building, mark it built. */
export class OutboxClient {
  readonly leaseMs: number;
  private readonly options: OutboxOptions;
  constructor(options: OutboxOptions) {
    this.options = options;
    this.leaseMs = options.leaseMs ?? 60_000;
  }

  get worker() {
    return this.options.worker;
  }

  /** The changes waiting that no other worker holds, now held by this one. */
  async claim(): Promise<OutboxChange[]> {
    return (await this.post<{ changes: OutboxChange[] }>('claim', { leaseMs: this.leaseMs })).changes;
  }

  renew(ids: number[]) {
    return this.post('renew', { ids, leaseMs: this.leaseMs });
  }

  done(ids: number[]) {
    return this.post('done', { ids });
  }

  release(ids: number[]) {
    return this.post('release', { ids });
  }

  private async post<T>(action: string, body: Record<string, unknown>): Promise<T> {
    const path = `/api/column57/changes/${action}`;
    const response = await fetch(`${this.options.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.options.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ worker: this.options.worker, ...body }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(PUBLISHER_TEXT.both('outboxAnswered', { path, status: String(response.status) }));
    return ((await response.json()) as { data: T }).data;
  }
}

/** The columns a set of changes touches. */
export function scopeOfChanges(changes: OutboxChange[]): Scope | null {
  if (!changes.length) return null;
  if (changes.some((c) => c.bodies === 'all')) return 'all';
  return new Set(changes.flatMap((c) => c.bodies as string[]));
}

/** What a set of changes is, for the log and the status page ("publish api::article.article abc…"). */
export const describeChanges = (changes: OutboxChange[]) => changes.map((c) => `${c.action} ${c.uid} ${c.documentId ?? ''}`.trim());
