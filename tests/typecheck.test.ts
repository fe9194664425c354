import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/paths.ts';

// Node runs our scripts by stripping types without checking them; this is where they are checked.
it('the scripts, packages and tests type-check', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});

// Strapi compiles the CMS without stopping at type errors; they are caught here.
it('the CMS type-checks', () => {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'cms', 'tsconfig.json'), '--noEmit'],
    { encoding: 'utf8' },
  );
  const admin = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'cms', 'src', 'admin', 'tsconfig.json'), '--noEmit'],
    { encoding: 'utf8' },
  );
  expect(admin.stdout + admin.stderr).toBe('');
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 120_000);
