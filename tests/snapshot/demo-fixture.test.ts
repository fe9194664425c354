import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT_DIR, exportNormalizedSnapshot } from '../../scripts/lib/demo-snapshot.ts';
import { type RunningCms, startCms } from '../support/cms.ts';

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const REGENERATE = 'the fixture is out of step with the seed: regenerate it with `npm run demo-snapshot` (see README)';

describe('the committed demo snapshot is what the demo seed exports (SQLite, every body)', () => {
  let cms: RunningCms;
  let out: string;
  beforeAll(async () => {
    cms = await startCms({ seedBodies: 'all' });
    out = mkdtempSync(join(tmpdir(), 'column57-fixture-'));
    await exportNormalizedSnapshot(cms, out);
  });
  afterAll(async () => {
    await cms?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('has the same manifest', () => {
    expect(read(out, 'manifest.json'), REGENERATE).toEqual(read(DEMO_SNAPSHOT_DIR, 'manifest.json'));
  });

  it('has the same content for every body', () => {
    const files = readdirSync(join(DEMO_SNAPSHOT_DIR, 'bodies')).sort();
    expect(readdirSync(join(out, 'bodies')).sort()).toEqual(files);
    // 56 ministries, agencies and provinces, and the 94 communes of Huế and Quảng Ninh.
    expect(files).toHaveLength(150);
    for (const file of files)
      expect(read(join(out, 'bodies'), file), `${file} ${REGENERATE}`).toEqual(read(join(DEMO_SNAPSHOT_DIR, 'bodies'), file));
  });

  it('has the same media files, named by content hash', () => {
    expect(readdirSync(join(out, 'media')).sort()).toEqual(readdirSync(join(DEMO_SNAPSHOT_DIR, 'media')).sort());
  });
});

describe('PostgreSQL exports the same snapshot as SQLite', () => {
  let cms: RunningCms;
  let out: string;
  beforeAll(async () => {
    cms = await startCms({ database: 'postgres', seedBodies: ['hanoi', 'mst'] });
    out = mkdtempSync(join(tmpdir(), 'column57-fixture-pg-'));
    await exportNormalizedSnapshot(cms, out, undefined, ['hanoi', 'mst']);
  });
  afterAll(async () => {
    await cms?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('for the manifest and two bodies', () => {
    expect(read(out, 'manifest.json')).toEqual(read(DEMO_SNAPSHOT_DIR, 'manifest.json'));
    for (const file of ['hanoi.json', 'mst.json'])
      expect(read(join(out, 'bodies'), file)).toEqual(read(join(DEMO_SNAPSHOT_DIR, 'bodies'), file));
  });
});
