import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import type { FeedTopic } from '@column57/sites/feed-topics';
import { feedTopicsIn } from './feed-topics.ts';
import { readLimitedBody } from './request-body.ts';
import { WEBSUB_TEXT } from './websub-text.ts';

/** One reader or aggregator following one feed, as the hub keeps it between restarts. */
interface Subscription {
  topic: string;
  callback: string;
  secret: string | null;
  /** When the lease ends (ms since the epoch): the subscriber renews before then. */
  expires: number;
  /** The SHA-256 of the feed as last delivered (or as it was when the subscription began). */
  delivered: string | null;
}

export interface WebSubHubOptions {
  /** The built columns (out/): each column's and the hub's FEED_TOPICS_FILE say which feeds exist. */
  outDir: string;
  /** Where subscriptions are kept (JSON, replaced whole on each change). */
  storeFile: string;
  /** The hub's address as feeds name it, for the Link header of each delivery. */
  hubUrl: string;
  log?: (message: string) => void;
  /** Between tries of one delivery (default 5 s, 30 s, 2 min, 10 min); then it waits for the next change. */
  retryDelaysMs?: number[];
}

const MAX_REQUEST_BYTES = 64 * 1024;
const MAX_SUBSCRIPTIONS = 100_000;
const DEFAULT_LEASE_SECONDS = 10 * 24 * 3600;
const MAX_LEASE_SECONDS = 30 * 24 * 3600;
const TIMEOUT_MS = 10_000;
const { both } = WEBSUB_TEXT;

class HubRequestError extends Error {}

/**
 * A minimal WebSub hub (W3C Recommendation) for a deployment that has none: readers and aggregators
 * subscribe to a column's feed here (the intent verified at their callback, a lease, an optional secret
 * for a signature), and when a build changes a feed, the hub sends it to each of them. It serves only
 * the columns' own feeds, read from the built output, so it cannot be used to relay anything else.
 * Subscriptions, and what each was last sent, survive a restart: what changed while the hub was down is
 * sent when it starts (`sweep`). A deployment with a hub of its own names that one instead; the build
 * service announces changes to either the same way (websub-announce.ts).
 */
export class WebSubHub {
  private readonly options: WebSubHubOptions;
  private readonly log: (message: string) => void;
  private subscriptions: Subscription[];
  private topics: Map<string, FeedTopic & { file: string }> | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly work = new Set<Promise<unknown>>();
  private closed = false;

  constructor(options: WebSubHubOptions) {
    this.options = options;
    this.log = options.log ?? (() => {});
    this.subscriptions = existsSync(options.storeFile) ? (JSON.parse(readFileSync(options.storeFile, 'utf8')) as Subscription[]) : [];
  }

  /** The subscriptions now held, for tests and the status of a deployment. */
  get subscribers(): ReadonlyArray<Readonly<Subscription>> {
    return this.subscriptions;
  }

  /** POST /websub: subscribe, unsubscribe, or publish (a ping that feeds changed). GET says what this is. */
  async handle(req: IncomingMessage, res: ServerResponse) {
    const text = (status: number, body = '') => res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(body);
    if (req.method !== 'POST') return text(200, both('about'));
    try {
      const form = new URLSearchParams(await readLimitedBody(req, MAX_REQUEST_BYTES, () => new HubRequestError(both('tooLarge'))));
      const mode = form.get('hub.mode');
      if (mode === 'publish') {
        const urls = [...form.getAll('hub.url'), ...form.getAll('hub.topic')];
        // The feed lists are read once for the ping: its URLs are checked against them, and delivered from them.
        this.refreshTopics();
        for (const url of urls) if (!this.topics!.has(url)) throw new HubRequestError(both('unknownTopic', { topic: url.slice(0, 300) }));
        this.track(this.deliverTopics(urls));
        return text(204);
      }
      if (mode !== 'subscribe' && mode !== 'unsubscribe') throw new HubRequestError(both('badMode'));
      const callback = checkCallback(form.get('hub.callback'));
      const topic = this.topicOf(form.get('hub.topic') ?? '').url;
      const secret = form.get('hub.secret');
      if (secret !== null && Buffer.byteLength(secret) >= 200) throw new HubRequestError(both('badSecret'));
      const leaseAsked = form.get('hub.lease_seconds');
      if (leaseAsked !== null && !(Number(leaseAsked) > 0)) throw new HubRequestError(both('badLease'));
      const lease = Math.min(Math.round(Number(leaseAsked ?? DEFAULT_LEASE_SECONDS)), MAX_LEASE_SECONDS);
      if (mode === 'subscribe' && this.subscriptions.length >= MAX_SUBSCRIPTIONS) return text(503, both('tooMany'));
      text(202);
      this.track(this.verify({ mode, topic, callback, secret: secret || null, lease }));
    } catch (error) {
      if (error instanceof HubRequestError) return text(400, error.message);
      throw error;
    }
  }

  /**
   * Sends each feed that changed since its subscribers last got it. Called by the HTTP ping and at start;
   * a URL that is not a feed of the columns is ignored here (the ping answered 400 for it).
   */
  async publish(urls: string[]) {
    this.refreshTopics();
    await this.deliverTopics(urls);
  }

  private async deliverTopics(urls: string[]) {
    const wanted = new Set(urls.filter((url) => this.topics!.has(url)));
    await Promise.all([...wanted].map((topic) => this.deliverTopic(topic)));
  }

  /** At start: what changed while the hub was not running is sent now. */
  async sweep() {
    await this.publish([...new Set(this.subscriptions.map((s) => s.topic))]);
  }

  /** Stops retrying and waits for the deliveries and verifications in flight. */
  async close() {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.work]);
  }

  private track(promise: Promise<unknown>) {
    const running = promise.catch((error) => this.log(`! WebSub: ${(error as Error).message}`));
    this.work.add(running);
    void running.finally(() => this.work.delete(running));
  }

  /** Every feed of every built column, and of the hub: read again when a build may have added some. */
  private refreshTopics() {
    const topics = new Map<string, FeedTopic & { file: string }>();
    const { outDir } = this.options;
    const read = (dir: string) => {
      for (const topic of feedTopicsIn(dir)) topics.set(topic.url, { ...topic, file: join(dir, topic.path) });
    };
    read(outDir);
    if (existsSync(outDir)) for (const entry of readdirSync(outDir)) if (!entry.startsWith('.')) read(join(outDir, entry));
    this.topics = topics;
  }

  private topicOf(url: string) {
    if (!this.topics?.has(url)) this.refreshTopics();
    const topic = this.topics!.get(url);
    if (!topic) throw new HubRequestError(both('unknownTopic', { topic: url.slice(0, 300) }));
    return topic;
  }

  private feedNow(topic: string): { body: Buffer; hash: string; type: string } | null {
    const known = this.topics?.get(topic);
    if (!known || !existsSync(known.file)) return null;
    const body = readFileSync(known.file);
    return { body, hash: createHash('sha256').update(body).digest('hex'), type: known.type };
  }

  /** Verification of intent: the callback must echo a random challenge, so nobody is subscribed against their will. */
  private async verify(asked: {
    mode: 'subscribe' | 'unsubscribe';
    topic: string;
    callback: string;
    secret: string | null;
    lease: number;
  }) {
    const { mode, topic, callback } = asked;
    const challenge = randomBytes(16).toString('hex');
    const url = new URL(callback);
    url.searchParams.set('hub.mode', mode);
    url.searchParams.set('hub.topic', topic);
    url.searchParams.set('hub.challenge', challenge);
    if (mode === 'subscribe') url.searchParams.set('hub.lease_seconds', String(asked.lease));
    let reason: string;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
      const echoed = (await response.text()).trim();
      if (response.ok && echoed === challenge) {
        const others = this.subscriptions.filter((s) => !(s.topic === topic && s.callback === callback));
        const now = this.feedNow(topic);
        const expires = Date.now() + asked.lease * 1000;
        this.subscriptions =
          mode === 'subscribe' ? [...others, { topic, callback, secret: asked.secret, expires, delivered: now?.hash ?? null }] : others;
        this.save();
        this.log(both('verified', { mode, topic, callback }));
        return;
      }
      reason = response.ok ? 'challenge' : `HTTP ${response.status}`;
    } catch (error) {
      reason = (error as Error).message;
    }
    this.log(both('notVerified', { mode, callback, reason }));
  }

  private async deliverTopic(topic: string) {
    this.subscriptions = this.subscriptions.filter((s) => s.expires > Date.now());
    const now = this.feedNow(topic);
    if (!now) return;
    const due = this.subscriptions.filter((s) => s.topic === topic && s.delivered !== now.hash);
    const sent = await Promise.all(due.map((subscription) => this.deliver(subscription, 0)));
    if (due.length) this.log(both('delivered', { topic, count: sent.filter(Boolean).length }));
  }

  /** Content distribution: the feed as it is now, signed with the subscriber's secret, Link headers naming hub and topic. */
  private async deliver(subscription: Subscription, attempt: number): Promise<boolean> {
    const now = this.feedNow(subscription.topic);
    if (!now || subscription.delivered === now.hash || !this.subscriptions.includes(subscription)) return true;
    const headers: Record<string, string> = {
      'Content-Type': `${now.type}; charset=utf-8`,
      Link: `<${this.options.hubUrl}>; rel="hub", <${subscription.topic}>; rel="self"`,
    };
    if (subscription.secret)
      headers['X-Hub-Signature'] = `sha256=${createHmac('sha256', subscription.secret).update(now.body).digest('hex')}`;
    let reason: string;
    try {
      const response = await fetch(subscription.callback, {
        method: 'POST',
        headers,
        body: new Uint8Array(now.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      await response.arrayBuffer();
      if (response.ok) {
        subscription.delivered = now.hash;
        this.save();
        return true;
      }
      // Gone: the subscriber says it will never want it again.
      if (response.status === 410) {
        this.subscriptions = this.subscriptions.filter((s) => s !== subscription);
        this.save();
        return false;
      }
      reason = `HTTP ${response.status}`;
    } catch (error) {
      reason = (error as Error).message;
    }
    const delays = this.options.retryDelaysMs ?? [5_000, 30_000, 120_000, 600_000];
    if (attempt >= delays.length || this.closed) {
      this.log(both('gaveUp', { callback: subscription.callback }));
      return false;
    }
    this.log(both('notDelivered', { callback: subscription.callback, reason }));
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(this.deliver(subscription, attempt + 1));
    }, delays[attempt]);
    this.timers.add(timer);
    return false;
  }

  private save() {
    mkdirSync(dirname(this.options.storeFile), { recursive: true });
    const temporary = `${this.options.storeFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.subscriptions));
    renameSync(temporary, this.options.storeFile);
  }
}

function checkCallback(value: string | null): string {
  try {
    const url = new URL(value ?? '');
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hash && !url.username && !url.password) return url.href;
  } catch {
    // Not an address at all: said below.
  }
  throw new HubRequestError(both('badCallback'));
}
