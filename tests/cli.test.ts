import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/paths.ts';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'packages/cli/src/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMN57_CMS_TOKEN: '' },
  });

describe('the column57 command line', () => {
  it('lists its commands in Vietnamese and English', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/snapshot/);
    expect(result.stdout).toMatch(/Cách dùng \/ usage/);
  });

  it('gives every command a --help', () => {
    const result = cli('snapshot', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--out DIR/);
    expect(result.stdout).toMatch(/--body SLUG/);
  });

  it('names the option that is wrong or missing', () => {
    const unknown = cli('snapshot', '--nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--nope/);
    const missing = cli('snapshot');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--out DIR is required/);
    expect(cli('khong-co-lenh').status).toBe(2);
  });

  it('explains an unreachable CMS instead of crashing', () => {
    const result = cli('snapshot', '--out', join(ROOT, '.cache', 'never'), '--cms', 'http://127.0.0.1:9', '--token', 'x');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot reach the CMS at http:\/\/127\.0\.0\.1:9/);
  });
});
