import { describe, expect, it } from 'vitest';
import { daysOverlapping, parseTimes } from '../../cms/src/bulletins/times.ts';
import { scriptFromArticle } from '../../cms/src/bulletins/listening.ts';
import { voiceForCode } from '../../cms/src/bulletins/voice.ts';
import { targetProblems } from '../../cms/src/bulletins/rules.ts';
import { grassrootsOf, type GrassrootsActivity } from '../../cms/src/reporting/grassroots.ts';
import type { BodyRow } from '../../cms/src/bulletins/communes.ts';
import { periodOf } from '../../cms/src/reporting/period.ts';

// The pure parts of radio bulletins: broadcast times as editors type them, the script proposed from an
// article, the regional voice, whom a bulletin may target, and the report's coverage weighting.

const body = (documentId: string, kind: string, parent: string | null = null, population: number | null = null): BodyRow => ({
  id: 1,
  documentId,
  slug: documentId,
  nameVi: `Tên ${documentId}`,
  kind,
  parent,
  population,
});

describe('broadcast times', () => {
  it('reads what editors type, sorted, and names what is not a time', () => {
    expect(parseTimes('17:00, 6:30; 06:30\n11h15')).toEqual({ times: ['06:30', '11:15', '17:00'], malformed: [] });
    expect(parseTimes('06:30, 25:00, sáng').malformed).toEqual(['25:00', 'sáng']);
    expect(parseTimes('').times).toEqual([]);
  });

  it('counts the days of a window inside a period', () => {
    expect(daysOverlapping('2026-11-10', '2026-11-20', '2026-11-15', '2026-12-14')).toBe(6);
    expect(daysOverlapping('2026-12-20', '2026-12-24', '2026-11-15', '2026-12-14')).toBe(0);
  });
});

describe('a script proposed from an article', () => {
  const script = scriptFromArticle({
    title: 'Huế phủ sóng truyền thanh thông minh',
    summary: 'Đến năm 2030, 80% người dân được tiếp cận thông tin cơ sở.',
    content:
      '## Kết quả\n\nThành phố đã lắp **312 cụm loa** thông minh tại các xã, phường, ' +
      'theo [Kế hoạch 125/KH-UBND](https://hue.gov.vn/ke-hoach) và hướng dẫn của Bộ, bảo đảm người dân ' +
      'ở vùng sâu vùng xa được nghe thông tin về chuyển đổi số, khoa học công nghệ và đổi mới sáng tạo.\n\n' +
      '| Năm | Số loa |\n|---|---|\n| 2025 | 120 |\n\n![Loa](loa.png)\n\n```\nmã\n```\n\n- Đọc tin lúc 6 giờ 30.',
  });

  it('keeps the words, drops the marks, links, images, tables and code', () => {
    expect(script.startsWith('Huế phủ sóng truyền thanh thông minh.')).toBe(true);
    expect(script).toContain('312 cụm loa');
    expect(script).toContain('Kế hoạch 125/KH-UBND');
    expect(script).not.toMatch(/https?:|\*\*|\||!\[|```|##|\bmã\b/);
  });

  it('keeps every sentence short enough to hear in one breath', () => {
    const sentences = script.split(/(?<=[.!?])\s+/);
    expect(Math.max(...sentences.map((s) => s.split(' ').length))).toBeLessThanOrEqual(28);
  });
});

describe('whom a bulletin reaches', () => {
  const hue = body('hue', 'province');
  const ward = body('thuan-hoa', 'ward', 'hue');
  const other = body('co-to', 'special-zone', 'quangninh');

  it('lets a province target its own communes only, and a commune itself only', () => {
    expect(targetProblems(hue, [ward], false)).toEqual([]);
    expect(targetProblems(hue, [other], false).map((p) => p.field)).toEqual(['communes']);
    expect(targetProblems(hue, [], false)[0].vi).toMatch(/Chưa chọn xã/);
    expect(targetProblems(hue, [], true)).toEqual([]);
    expect(targetProblems(ward, [ward], false)).toEqual([]);
    expect(targetProblems(ward, [], true).map((p) => p.field)).toEqual(['allCommunes']);
  });

  it('reads in the voice of the region, from the province code', () => {
    expect([voiceForCode('22'), voiceForCode('46'), voiceForCode('79'), voiceForCode(null)]).toEqual([
      'north',
      'central',
      'south',
      'north',
    ]);
  });
});

describe("a province's coverage", () => {
  const period = periodOf('2026-12'); // 2026-11-15 .. 2026-12-14
  const activity = (populations: Array<number | null>): GrassrootsActivity => {
    const communes = populations.map((p, i) => body(`xa-${i}`, 'commune', 'hue', p));
    return {
      bodies: new Map([body('hue', 'province'), ...communes].map((b) => [b.documentId, b])),
      communes: new Map([['hue', communes]]),
      bulletins: [
        { owner: 'hue', published: '2026-11-20', from: '2026-12-01', to: '2026-12-10', times: 2, communes: ['xa-0'], minutes: 1.5 },
        { owner: 'hue', published: '2026-10-01', from: '2026-10-01', to: '2026-10-05', times: 1, communes: ['xa-1'], minutes: 2 },
      ],
    };
  };

  it('is weighted by population when every commune has one', () => {
    const g = grassrootsOf(activity([30_000, 10_000]), 'hue', period);
    expect(g).toMatchObject({ bulletins: 1, broadcastsPlanned: 20, audioMinutes: 1.5, communesCovered: 1, communesTotal: 2 });
    expect(g).toMatchObject({ coveragePercent: 75, coverageBasis: 'population' });
  });

  it('is counted by communes when a population is missing, and says so', () => {
    expect(grassrootsOf(activity([30_000, null]), 'hue', period)).toMatchObject({ coveragePercent: 50, coverageBasis: 'count' });
  });
});
