import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COUNTRY, writeSyntheticCountry } from '../packages/bench/src/synthetic.ts';
import { type Manifest, validateManifest } from '../packages/snapshot/src/index.ts';

// The synthetic country of column57 bench --country, at its full count of bodies (few articles, so it is
// written in seconds): 22 central bodies, 34 provinces and cities, 3,321 communes of the right kinds.
it('the synthetic country has every body of the country, each commune under a province', () => {
  const out = join(tmpdir(), `column57-country-${process.pid}`);
  try {
    const size = writeSyntheticCountry({ out, centralArticles: 1, provinceArticles: 1, communeArticles: 1 });
    const raw = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    const { manifest, problems } = validateManifest(raw);
    expect(problems).toEqual([]);
    const bodies = manifest!.bodies;
    expect(bodies).toHaveLength(3377);
    expect(size.bodies).toBe(3377);
    const count = (kinds: string[]) => bodies.filter((b) => kinds.includes(b.kind)).length;
    expect(count(['ministry', 'ministerial-agency', 'government-agency'])).toBe(COUNTRY.central);
    expect(count(['province', 'city'])).toBe(COUNTRY.provinces);
    expect(count(['commune'])).toBe(2621);
    expect(count(['ward'])).toBe(687);
    expect(count(['special-zone'])).toBe(13);
    // Every commune-level body is a province's, 97 or 98 to each; slugs and addresses are unique.
    const provinces = new Set(bodies.filter((b) => b.kind === 'province' || b.kind === 'city').map((b) => b.slug));
    const communes = bodies.filter((b) => b.parent);
    expect(communes).toHaveLength(3321);
    expect(communes.every((c) => provinces.has(c.parent!))).toBe(true);
    const perProvince = Object.values(size.communes).map((list) => list.length);
    expect(Math.min(...perProvince)).toBe(97);
    expect(Math.max(...perProvince)).toBe(98);
    expect(new Set(bodies.map((b) => b.slug)).size).toBe(3377);
    expect(new Set(bodies.map((b) => `${b.publicBaseUrl}${b.basePath}`)).size).toBe(3377);
    expect(size.kinds).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
    // Some provinces share articles to their communes.
    expect(Object.keys(size.sharing).length).toBeGreaterThan(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
