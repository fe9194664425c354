import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  countRefusal,
  type FramingRefusal,
  isFrameAncestorsReport,
  MAX_ORIGINS_PER_COLUMN,
  refusedOrigin,
} from '../../packages/publisher/src/framing-reports.ts';

describe('refused framings, as browsers report them', () => {
  it('reads a frame-ancestors report in the report-uri form and in the Reporting API form, and nothing else', () => {
    const legacy = { 'csp-report': { 'document-uri': 'https://hanoi.gov.vn/nghi-quyet-57/', 'effective-directive': 'frame-ancestors' } };
    expect(isFrameAncestorsReport(JSON.stringify(legacy))).toBe(true);
    // Older browsers name only the violated directive, with its value.
    expect(isFrameAncestorsReport(JSON.stringify({ 'csp-report': { 'violated-directive': "frame-ancestors 'self'" } }))).toBe(true);
    const listed = [{ type: 'csp-violation', body: { effectiveDirective: 'frame-ancestors', documentURL: 'https://mst.gov.vn/' } }];
    expect(isFrameAncestorsReport(JSON.stringify(listed))).toBe(true);
    expect(isFrameAncestorsReport(JSON.stringify({ 'csp-report': { 'effective-directive': 'img-src' } }))).toBe(false);
    expect(isFrameAncestorsReport(JSON.stringify({ 'csp-report': null }))).toBe(false);
    expect(isFrameAncestorsReport('Chuyên mục Nghị quyết 57')).toBeNull();
  });

  it("takes the portal's origin from the Referer, only when it is a web origin", () => {
    expect(refusedOrigin('https://cong.daklak.gov.vn/tin-tuc/chuyen-doi-so?id=5')).toBe('https://cong.daklak.gov.vn');
    expect(refusedOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    for (const bad of [undefined, '', 'javascript:alert(1)', 'không phải địa chỉ', 'file:///etc/passwd'])
      expect(refusedOrigin(bad)).toBeNull();
  });

  it('counts each origin once with how often and when, keeping the most recent when made-up origins flood in', () => {
    let list: FramingRefusal[] = [];
    list = countRefusal(list, 'https://portal.hue.gov.vn', '2026-12-01T01:00:00.000Z');
    list = countRefusal(list, 'https://portal.hue.gov.vn', '2026-12-02T01:00:00.000Z');
    expect(list).toEqual([
      { origin: 'https://portal.hue.gov.vn', count: 2, firstSeen: '2026-12-01T01:00:00.000Z', lastSeen: '2026-12-02T01:00:00.000Z' },
    ]);
    for (let i = 0; i < 3 * MAX_ORIGINS_PER_COLUMN; i++)
      list = countRefusal(list, `https://gia-${i}.example.vn`, `2026-12-03T01:${String(i % 60).padStart(2, '0')}:00.000Z`);
    expect(list).toHaveLength(MAX_ORIGINS_PER_COLUMN);
    list = countRefusal(list, 'https://portal.hue.gov.vn', '2026-12-04T01:00:00.000Z');
    expect(list[0]).toMatchObject({ origin: 'https://portal.hue.gov.vn', count: 1 });
  });
});

describe('whom a report is counted against', () => {
  const request = (peer: string, forwarded?: string) =>
    ({ socket: { remoteAddress: peer }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as never;

  it("is the address the deployment's proxy saw, not what the client claims, and the peer without a proxy", () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(request('::ffff:127.0.0.1', '10.0.0.1, 198.51.100.7'))).toBe('198.51.100.7');
    expect(clientAddress(request('198.51.100.20', '10.9.9.9'))).toBe('198.51.100.20');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });
});
