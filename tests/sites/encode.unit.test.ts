import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedCustomText, feedHtml, feedText, htmlAttr, htmlText, jsonInScript, xmlSafe } from '../../sites/src/lib/encode.ts';
import { displayUrl, mailtoHref, webHref } from '../../sites/src/lib/urls.ts';
import { dom } from '../support/html.ts';
import { FIELD_PAYLOADS } from './xss-corpus.ts';

describe('the context encoders', () => {
  it.each(FIELD_PAYLOADS)('keep %s as text in HTML text and in quoted attributes', (_name, payload) => {
    const p0 = `<p id="t" title="${htmlAttr(payload)}" data-x='${htmlAttr(payload)}'>${htmlText(payload)}</p>`;
    const doc = dom(`<!doctype html><html><body>${p0}</body></html>`);
    const p = doc.getElementById('t')!;
    expect(p.textContent).toBe(payload);
    expect(p.getAttribute('title')).toBe(payload);
    expect(p.getAttribute('data-x')).toBe(payload);
    expect(p.children.length).toBe(0);
    expect(Array.from(p.attributes).map((a) => a.name)).toEqual(['id', 'title', 'data-x']);
  });

  it.each(FIELD_PAYLOADS)('keep %s inside its JSON-LD script, which still parses to the same value', (_name, payload) => {
    const value = { headline: payload, nested: [payload] };
    const script = `<script type="application/ld+json">${jsonInScript(value)}</script>`;
    const doc = dom(`<!doctype html><html><head>${script}</head><body></body></html>`);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0].textContent!)).toEqual(value);
    expect(jsonInScript(value)).not.toMatch(/[<>\u2028\u2029]/);
  });

  it('HTML-escapes plain text for feed fields a reader renders as HTML, and leaves "&" readable in titles', () => {
    expect(feedHtml('Tóm tắt <script>alert(1)</script> & "trích"')).toBe(
      'Tóm tắt &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;',
    );
    expect(feedText('Bộ KH&CN: <img src=x onerror=alert(1)>')).toBe('Bộ KH&CN: &lt;img src=x onerror=alert(1)&gt;');
  });

  it.each(FIELD_PAYLOADS)('give %s to a custom feed element as the library gives its own text fields', (_name, payload) => {
    // @astrojs/rss parses customData with fast-xml-parser and writes what it read, as it writes a title.
    const parser = new XMLParser({ ignoreAttributes: false });
    const read = parser.parse(`<item><dc:creator>${feedCustomText(payload)}</dc:creator></item>`).item['dc:creator'] ?? '';
    expect(String(read)).toBe(feedText(payload).trim());
    expect(feedCustomText('Nguyễn Thị Hoà, Bộ KH&CN')).toBe('Nguyễn Thị Hoà, Bộ KH&amp;CN');
  });

  it('drops what XML 1.0 cannot carry, which would make a whole feed unreadable', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd <e>')).toBe('abcd <e>');
    expect(feedText('tiêu đề\u0001')).toBe('tiêu đề');
    expect(feedHtml('\ud800x')).toBe('x');
  });
});

describe('URLs from content on their way to an href', () => {
  it('takes absolute http(s) URLs and nothing else', () => {
    expect(webHref('https://hanoi.gov.vn/tin-tuc?id=1#a')).toBe('https://hanoi.gov.vn/tin-tuc?id=1#a');
    expect(webHref('http://portal.example.vn')).toBe('http://portal.example.vn');
    for (const [, payload] of FIELD_PAYLOADS) {
      if (!/^https?:\/\//.test(payload)) expect(webHref(payload), payload).toBeNull();
    }
    const bad = [
      'https://hanoi.gov.vn/"><script>',
      'https://x/ y',
      '//evil.example',
      '/relative',
      'https:evil',
      'ftp://x.vn',
      null,
      undefined,
      '',
    ];
    for (const url of bad) expect(webHref(url), String(url)).toBeNull();
  });

  it('makes a mailto: link only of a plain address', () => {
    expect(mailtoHref('nq57@hanoi.gov.vn')).toBe('mailto:nq57@hanoi.gov.vn');
    for (const bad of ['nq57@hanoi.gov.vn?bcc=x@y.vn', 'a@b.vn"><script>', 'javascript:alert(1)//@x.vn', 'không-có-a-còng', null]) {
      expect(mailtoHref(bad), String(bad)).toBeNull();
    }
  });

  it('shows a URL without its scheme', () => {
    expect(displayUrl('https://hanoi.gov.vn')).toBe('hanoi.gov.vn');
  });
});
