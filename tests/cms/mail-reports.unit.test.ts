import { describe, expect, it } from 'vitest';
import { fieldBlocks, readMailReport } from '../../cms/src/subscriptions/reports.ts';
import { arf, dsn, ORIGINAL_HEADERS } from '../support/mail-reports.ts';

// Mail that comes back, as receiving servers write it: a delivery status notification (RFC 3464, in the shape
// Postfix sends), a delay that is not a bounce, a complaint in the Abuse Reporting Format (RFC 5965) with the
// original's headers, and an out-of-office answer, which says nothing about the subscription.
describe('mail that comes back', () => {
  it('reads a DSN’s recipients: a failure for good is a bounce, a delay or a 4.x.x is not', async () => {
    expect(await readMailReport(dsn('failed', '5.1.1'))).toEqual({ kind: 'bounce', addresses: ['ban.doc@vi-du.vn'] });
    expect(await readMailReport(dsn('delayed', '4.4.1'))).toEqual({ kind: 'ignored' });
    expect(await readMailReport(dsn('failed', '4.2.2'))).toEqual({ kind: 'ignored' });
  });

  it('reads a complaint’s subscription from the original’s List-Unsubscribe, and its recipient', async () => {
    const report = await readMailReport(arf(`${ORIGINAL_HEADERS}\r\n\r\nNội dung thư.`));
    expect(report).toEqual({ kind: 'complaint', tokens: ['AbC123-xyz_7890qwertyuiop'], addresses: ['ban.doc@vi-du.vn'] });
  });

  it('leaves an out-of-office answer and a plain reply alone', async () => {
    const autoReply = 'From: ban.doc@vi-du.vn\r\nTo: nhan-tin@hanoi.gov.vn\r\nSubject: Vắng mặt\r\n\r\nTôi đang nghỉ phép đến thứ Hai.';
    expect(await readMailReport(autoReply)).toEqual({ kind: 'ignored' });
  });

  it('unfolds and splits header blocks', () => {
    const [first, second] = fieldBlocks('A: 1\r\nB: hai\r\n  ba\r\n\r\nC: bốn');
    expect(Object.fromEntries(first)).toEqual({ a: '1', b: 'hai ba' });
    expect(Object.fromEntries(second)).toEqual({ c: 'bốn' });
  });
});
