import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CMS_DIR, ROOT } from '../scripts/lib/paths.ts';

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

// The CMS's code is typed by Strapi's own types of our content types (cms/types/generated, committed so that a
// reader sees them). They are made from the schema by `strapi ts:generate-types`; a schema change without them fails.
// The check generates them as that command does but from the compiled CMS, which it must not rewrite under the
// other files' running instances.
it("Strapi's generated types match the content types", () => {
  const out = mkdtempSync(join(tmpdir(), 'column57-typegen-'));
  try {
    const result = spawnSync(process.execPath, [join(ROOT, 'tests', 'support', 'generate-cms-types.ts'), out], {
      cwd: CMS_DIR,
      encoding: 'utf8',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
      const committed = readFileSync(join(CMS_DIR, 'types', 'generated', file), 'utf8');
      expect(readFileSync(join(out, 'generated', file), 'utf8'), `cms/types/generated/${file}: run strapi ts:generate-types in cms/`).toBe(
        committed,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 300_000);

// Astro compiles templates without checking their types; @astrojs/check (Astro's language server) checks every
// .astro file's frontmatter and expressions against the same types as the rest of the tree.
it('every Astro template type-checks', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'sites', 'node_modules', '@astrojs', 'check', 'bin', 'astro-check.js')], {
    cwd: join(ROOT, 'sites'),
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  const output = result.stdout + result.stderr;
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(output).toContain('- 0 errors');
  expect(output).toContain('- 0 warnings');
  expect(result.status).toBe(0);
}, 300_000);
