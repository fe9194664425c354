import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { lockOutput } from '../../packages/builder/src/output-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'column57-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockDir = () => join(dir, 'BUILD.lock');

it('holds the output until released, naming its process beside the lock', async () => {
  const unlock = await lockOutput(dir);
  expect(existsSync(lockDir())).toBe(true);
  expect(readFileSync(`${lockDir()}.pid`, 'utf8')).toBe(String(process.pid));
  await unlock();
  expect(existsSync(lockDir())).toBe(false);
  expect(existsSync(`${lockDir()}.pid`)).toBe(false);
  await (
    await lockOutput(dir)
  )();
});

it('refuses a lock whose process is alive, and takes over one whose process is gone', async () => {
  mkdirSync(lockDir());
  // Process 1 is always alive: as if another build were running.
  writeFileSync(`${lockDir()}.pid`, '1');
  await expect(lockOutput(dir)).rejects.toThrow(
    `một bản dựng khác (tiến trình 1) đang ghi vào thư mục kết quả này; hãy chờ nó xong hoặc dừng nó (khoá: ${lockDir()}) / ` +
      `another build (process 1) is writing to this output; wait for it to finish, or stop it (lock: ${lockDir()})`,
  );
  writeFileSync(`${lockDir()}.pid`, '999999999');
  await (
    await lockOutput(dir)
  )();
});

it('takes over a lock left stale, even when it names no process', async () => {
  mkdirSync(lockDir());
  await expect(lockOutput(dir)).rejects.toThrow(/another build \(process \?\)/);
  const longAgo = new Date(Date.now() - 3600_000);
  utimesSync(lockDir(), longAgo, longAgo);
  await (
    await lockOutput(dir)
  )();
});

it('reads the lock file of a build from before, stale or not', async () => {
  writeFileSync(lockDir(), '1');
  await expect(lockOutput(dir)).rejects.toThrow(/another build \(process 1\)/);
  writeFileSync(lockDir(), '999999999');
  await (
    await lockOutput(dir)
  )();
  writeFileSync(lockDir(), '999999999');
  const longAgo = new Date(Date.now() - 3600_000);
  utimesSync(lockDir(), longAgo, longAgo);
  await (
    await lockOutput(dir)
  )();
});
