import { describe, expect, it } from 'vitest';
import { parseBuildPlan } from '../../sites/src/lib/build-plan.ts';

const plan = {
  snapshotDir: '/tmp/snapshot',
  bodies: ['hanoi'],
  hub: true,
  hubUrl: 'https://nq57.example.gov.vn/',
  hubBodies: ['hanoi'],
  hubLatest: { hanoi: { vi: [{ id: 'x1', slug: 'a', title: 'A', locale: 'vi', publishDate: '2025-01-01' }], en: [] } },
  images: {
    abc: {
      width: 800,
      height: 600,
      sources: [{ width: 800, webp: 'media/abc-800.webp', fallback: 'media/abc-800.jpg', fallbackBytes: 61_234 }],
      fallbackMime: 'image/jpeg',
    },
  },
  shareImages: { '1:vi': 'media/card.png' },
  files: { def: 'media/def.pdf' },
};

describe('the build plan a renderer is given', () => {
  it('is read as the builder wrote it', () => {
    expect(parseBuildPlan(JSON.stringify(plan), 'group-1.plan.json')).toEqual(plan);
  });

  it('is refused when malformed, naming the file and the field', () => {
    const broken = { ...plan, bodies: ['hanoi', 7], hubLatest: { hanoi: { vi: [], en: [{ slug: 'b' }] } } };
    const read = () => parseBuildPlan(JSON.stringify(broken), 'group-1.plan.json');
    expect(read).toThrow(/invalid build plan group-1\.plan\.json/);
    expect(read).toThrow(/bodies\[1\]/);
    expect(read).toThrow(/hubLatest\.hanoi\.en\[0\]\.title/);
    // The hub's address is written into absolute links: a relative one is refused.
    expect(() => parseBuildPlan(JSON.stringify({ ...plan, hubUrl: '/hub/' }), 'p.json')).toThrow(/hubUrl/);
    // A picture's size is part of its variants: a feed states it.
    const unsized = structuredClone(plan);
    delete (unsized.images.abc.sources[0] as { fallbackBytes?: number }).fallbackBytes;
    expect(() => parseBuildPlan(JSON.stringify(unsized), 'p.json')).toThrow(/images\.abc\.sources\[0\]\.fallbackBytes/);
    const { images: _, ...withoutImages } = plan;
    expect(() => parseBuildPlan(JSON.stringify(withoutImages), 'p.json')).toThrow(/images/);
  });
});
