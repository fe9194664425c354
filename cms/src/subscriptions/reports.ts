import { simpleParser } from 'mailparser';

/**
 * What a mail that comes back says about a subscriber, read from the message as the receiving side wrote it:
 * - a delivery status notification (RFC 3464, `multipart/report; report-type=delivery-status`): each recipient
 *   whose delivery failed for good (Action: failed, Status 5.x.x) is a hard bounce; a delay or a 4.x.x is not;
 * - a complaint (ARF, RFC 5965, `report-type=feedback-report`): the reader marked the mail as spam. The original
 *   mail comes back with it, headers at least, and its List-Unsubscribe names the very subscription.
 * Anything else (an out-of-office answer, a reply) says nothing and is left alone.
 */
export type MailReport =
  { kind: 'bounce'; addresses: string[] } | { kind: 'complaint'; tokens: string[]; addresses: string[] } | { kind: 'ignored' };

/** Header-style fields in blocks separated by blank lines (a delivery-status or feedback-report part). */
export function fieldBlocks(text: string): Array<Map<string, string>> {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ')
    .split(/\n\s*\n/)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}

/** "rfc822; Ten@Vi-Du.vn" → "ten@vi-du.vn"; an address type other than rfc822 (or none) is not ours to read. */
const addressOf = (field: string | undefined) => {
  const match = /^\s*(?:rfc822\s*;\s*)?<?([^\s<>;@]+@[^\s<>;]+?)>?\s*$/i.exec(field ?? '');
  return match ? match[1].toLowerCase() : null;
};

const tokensIn = (headers: string) => [...headers.matchAll(/[?&]token=([\w-]{8,})/g)].map((m) => m[1]);

export async function readMailReport(raw: Buffer | string): Promise<MailReport> {
  const mail = await simpleParser(raw);
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report') return { kind: 'ignored' };
  const reportType = type.params?.['report-type']?.toLowerCase();
  const part = (...types: string[]) => mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  // mailparser gives a machine-readable part as an attachment or, being text, joins it to the mail's text; the
  // fields are read from either (the human-readable part has no block with these fields).
  const fieldsOf = (...types: string[]) => fieldBlocks(part(...types)?.content.toString('utf8') ?? mail.text ?? '');

  if (reportType === 'delivery-status') {
    const addresses = fieldsOf('message/delivery-status', 'message/global-delivery-status')
      .filter((fields) => fields.get('action')?.toLowerCase() === 'failed' && /^5\./.test(fields.get('status') ?? ''))
      .map((fields) => addressOf(fields.get('final-recipient')) ?? addressOf(fields.get('original-recipient')))
      .filter((address): address is string => Boolean(address));
    return addresses.length ? { kind: 'bounce', addresses: [...new Set(addresses)] } : { kind: 'ignored' };
  }

  if (reportType === 'feedback-report') {
    const fields = fieldsOf('message/feedback-report').find((block) => block.has('feedback-type')) ?? new Map<string, string>();
    const original = part('message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers');
    // The original's headers (its body, when it came whole, is not needed): whom it went to, and its link.
    const headers = fieldBlocks((original?.content.toString('utf8') ?? '').split(/\r?\n\r?\n/)[0])[0] ?? new Map<string, string>();
    const to = headers.get('to')?.replace(/^.*</, '').replace(/>.*$/, '');
    const addresses = [addressOf(fields.get('original-rcpt-to')), addressOf(to)].filter((address): address is string => Boolean(address));
    const tokens = tokensIn(headers.get('list-unsubscribe') ?? '');
    return tokens.length || addresses.length ? { kind: 'complaint', tokens, addresses: [...new Set(addresses)] } : { kind: 'ignored' };
  }
  return { kind: 'ignored' };
}
