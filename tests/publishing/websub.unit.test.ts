import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSubHub } from '../../packages/publisher/src/websub-hub.ts';
import { waitFor } from '../support/wait.ts';

// The included WebSub hub on loopback, against a built column reduced to its feed list and one feed, and a
// feed reader whose answers the test sets. The whole flow from a CMS publish is in pipeline.test.ts.
const TOPIC = 'https://hanoi.gov.vn/nghi-quyet-57/rss.xml';

let dir: string;
let hub: WebSubHub;
let hubServer: Server;
let hubUrl: string;
let reader: Server;
let callback: string;
let answers: number[];
let confirm: boolean;
let received: string[];

const listenOn = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
};
const writeFeed = (text: string) =>
  writeFileSync(join(dir, 'out', 'hanoi', 'rss.xml'), `<rss><channel><title>${text}</title></channel></rss>`);
const startHub = async () => {
  hub = new WebSubHub({
    outDir: join(dir, 'out'),
    storeFile: join(dir, 'websub.json'),
    hubUrl: 'http://hub.test/websub',
    retryDelaysMs: [50, 50],
  });
  hubServer = createServer((req, res) => void hub.handle(req, res));
  hubUrl = `${await listenOn(hubServer)}/websub`;
};
const stopHub = async () => {
  await new Promise((resolve) => hubServer.close(resolve));
  await hub.close();
};
const post = (form: Record<string, string>) => fetch(hubUrl, { method: 'POST', body: new URLSearchParams(form) });
const subscribe = async () => {
  expect((await post({ 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback })).status).toBe(202);
  await waitFor('the subscription', () => hub.subscribers.length === 1);
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'column57-websub-'));
  mkdirSync(join(dir, 'out', 'hanoi'), { recursive: true });
  writeFileSync(
    join(dir, 'out', 'hanoi', '.column57-feeds.json'),
    JSON.stringify([{ url: TOPIC, path: 'rss.xml', type: 'application/rss+xml' }]),
  );
  writeFeed('Chuyên mục Nghị quyết 57: Hà Nội');
  answers = [];
  confirm = true;
  received = [];
  reader = createServer((req, res) => {
    const query = new URL(req.url!, 'http://x').searchParams;
    if (req.method === 'GET') return res.writeHead(200).end(confirm ? query.get('hub.challenge') : 'không');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = answers.shift() ?? 204;
      if (status < 300) received.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(status).end();
    });
  });
  callback = `${await listenOn(reader)}/nhan-tin`;
  await startHub();
});

afterEach(async () => {
  await stopHub();
  await new Promise((resolve) => reader.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the included WebSub hub', () => {
  it('sends a feed only when its bytes changed since the subscriber last got it', async () => {
    await subscribe();
    await hub.publish([TOPIC]);
    expect(received).toEqual([]);
    writeFeed('Bản tin đổi mới sáng tạo');
    expect((await post({ 'hub.mode': 'publish', 'hub.url': TOPIC })).status).toBe(204);
    await waitFor('the delivery', () => received.length === 1);
    expect(received[0]).toContain('Bản tin đổi mới sáng tạo');
    await hub.publish([TOPIC]);
    expect(received.length).toBe(1);
  });

  it('tries again when the subscriber fails, and drops one that says the feed is gone (410)', async () => {
    await subscribe();
    answers = [500, 503];
    writeFeed('Lần thứ hai');
    await hub.publish([TOPIC]);
    await waitFor('the delivery after two failures', () => received.length === 1);
    answers = [410];
    writeFeed('Lần thứ ba');
    await hub.publish([TOPIC]);
    expect(hub.subscribers).toEqual([]);
  });

  it('keeps subscriptions across a restart and sends at start what changed while it was down', async () => {
    await subscribe();
    await stopHub();
    writeFeed('Đổi trong lúc trung tâm dừng');
    await startHub();
    expect(hub.subscribers.map((s) => s.callback)).toEqual([callback]);
    await hub.sweep();
    expect(received).toEqual([expect.stringContaining('Đổi trong lúc trung tâm dừng')]);
  });

  it('subscribes nobody whose callback does not echo the challenge, and no topic that is not a column feed', async () => {
    confirm = false;
    expect((await post({ 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hub.subscribers).toEqual([]);
    const relay = await post({ 'hub.mode': 'publish', 'hub.url': 'https://example.org/other.xml' });
    expect(relay.status).toBe(400);
    expect(await relay.text()).toContain('hub.topic');
    const mode = await post({ 'hub.mode': 'delete', 'hub.topic': TOPIC, 'hub.callback': callback });
    expect(await mode.text()).toBe(
      'hub.mode phải là subscribe, unsubscribe hoặc publish / hub.mode must be subscribe, unsubscribe or publish',
    );
    const lease = await post({ 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback, 'hub.lease_seconds': '-5' });
    expect(lease.status).toBe(400);
    expect(await lease.text()).toContain('hub.lease_seconds');
  });
});
