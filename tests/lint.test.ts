import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/paths.ts';

// npm run lint, inside npm test so that CI runs it: ESLint's rules (eslint.config.js), then Prettier's format.
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules', script), ...args], { cwd: ROOT, encoding: 'utf8' });

it('ESLint finds nothing', () => {
  const result = run('eslint/bin/eslint.js', '.');
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 120_000);

it('every file is formatted as Prettier writes it (npm run format fixes it)', () => {
  const result = run('prettier/bin/prettier.cjs', '--list-different', '.');
  expect(result.stdout.trim().split('\n').filter(Boolean), 'files to format').toEqual([]);
}, 120_000);
