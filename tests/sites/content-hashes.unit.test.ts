import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContentHashes } from '../../packages/builder/src/fingerprints.ts';

// A build that has nothing to do must not read 360 MB of snapshot to find that out, and must never
// take a changed file for an unchanged one.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'column57-hashes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("remembers a file's hash across builds, ignores the snapshot stamp, and notices a same-size edit with its time put back", async () => {
  const file = join(dir, 'hanoi.json');
  writeFileSync(file, '{"generatedAt":"2026-12-01T08:00:00.000Z","title":"Hà Nội: chuyển đổi số"}');
  const first = new ContentHashes(dir);
  const hash = first.of(file);
  first.save();

  // Another build: the hash is taken from the cache file, and equals a fresh computation.
  expect(new ContentHashes(dir).of(file)).toBe(hash);
  expect(new ContentHashes(join(dir, 'elsewhere')).of(file)).toBe(hash);

  // A new snapshot of the same content: only its stamp differs.
  writeFileSync(file, '{"generatedAt":"2026-12-02T09:30:00.000Z","title":"Hà Nội: chuyển đổi số"}');
  expect(new ContentHashes(dir).of(file)).toBe(hash);

  // Same size, modification time restored by hand: the change time still tells.
  const before = statSync(file);
  await new Promise((resolve) => setTimeout(resolve, 20));
  writeFileSync(file, '{"generatedAt":"2026-12-02T09:30:00.000Z","title":"Hà Nội: chuyển đổi sớ"}');
  utimesSync(file, before.atime, before.mtime);
  expect(statSync(file).size).toBe(before.size);
  const cached = new ContentHashes(dir);
  expect(cached.of(file)).not.toBe(hash);
});
