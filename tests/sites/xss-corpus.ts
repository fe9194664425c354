import { dom } from '../support/html.ts';

/** Known ways to smuggle script into Markdown or HTML, each named. */
export const XSS_CORPUS: Array<[string, string]> = [
  ['script tag', '<script>alert(1)</script>'],
  ['script split across lines', '<scr\nipt>alert(1)</scr\nipt>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['iframe', '<iframe src="https://example.org"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['markdown javascript link', '[bấm vào đây](javascript:alert(1))'],
  ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
  ['entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
  ['hex-entity scheme', '[x](&#x6A;avascript:alert(1))'],
  ['scheme with whitespace', '<a href="  javascript:alert(1)">x</a>'],
  ['tab inside scheme', '<a href="java\tscript:alert(1)">x</a>'],
  ['vbscript', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data URL link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['markdown autolink', '<javascript:alert(1)>'],
  ['image with onerror in title', '![x](x" onerror="alert(1))'],
  ['markdown image javascript', '![x](javascript:alert(1))'],
  ['onclick on a link', '<a href="https://example.org" onclick="alert(1)">x</a>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['input autofocus', '<input autofocus onfocus=alert(1)>'],
  ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['link import', '<link rel="import" href="https://example.org/x.html">'],
  ['style tag', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['noscript breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['math mutation', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['html comment breakout', '<!--><img src=x onerror=alert(1)>-->'],
  ['attribute breakout in title', '[x](https://example.org "a\\" onmouseover=\\"alert(1)")'],
  ['srcdoc via code fence', '```html\n<script>alert(1)</script>\n```'],
  ['event handler on table cell', '<table><tr><td onmouseover=alert(1)>x</td></tr></table>'],
];

/**
 * What a plain-text or URL field may be given besides the Markdown payloads above: URLs with a scheme
 * that runs, and text that tries to leave the context it is written into (an attribute, a JSON-LD
 * script, an XML element, a CDATA section, a fragment's <style>).
 */
export const FIELD_PAYLOADS: Array<[string, string]> = [
  ...XSS_CORPUS,
  ['javascript URL', 'javascript:alert(document.domain)//https://example.gov.vn'],
  ['mixed-case javascript URL', 'JaVaScRiPt:alert(1)'],
  ['javascript URL after a space', ' javascript:alert(1)'],
  ['javascript URL with a tab', 'java\tscript:alert(1)'],
  ['vbscript URL', 'vbscript:msgbox(1)'],
  ['data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['https URL leaving its attribute', 'https://example.gov.vn/"><script>alert(1)</script>'],
  ['https URL with a single quote', "https://example.gov.vn/'><img src=x onerror=alert(1)>"],
  ['https URL with an event handler', 'https://example.gov.vn/" onmouseover="alert(1)'],
  ['double-quoted attribute breakout', '" autofocus onfocus="alert(1)" x="'],
  ['single-quoted attribute breakout', "' autofocus onfocus='alert(1)' x='"],
  ['JSON-LD script breakout', '</script><script>alert(1)</script>'],
  ['upper-case script breakout', '</SCRIPT><img src=x onerror=alert(1)>'],
  ['CDATA breakout', ']]><script>alert(1)</script><![CDATA['],
  ['XML element injection', '</description><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'],
  ['entity-encoded markup', '&lt;img src=x onerror=alert(1)&gt;'],
  ['double-encoded markup', '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;'],
  ['style breakout', '</style><script>alert(1)</script>'],
  ['line separators in JSON', 'a\u2028b\u2029c</script>'],
];

const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'input',
  'button',
  'meta',
  'base',
  'link',
  'template',
  'noscript',
  'img',
  'details',
  'frame',
  'frameset',
  'applet',
];
const SAFE_SCHEME = /^(https?:|mailto:|tel:|[^:]*$)/i;

/**
 * Everything in a fragment that could run: forbidden elements, event handlers, unsafe URLs, styles. A page
 * that shows pictures passes `['img']`: its pictures are then checked like every other element.
 */
export function executableMarkupIn(html: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const doc = dom(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  for (const el of doc.querySelectorAll('#root *')) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag) && !allowed.includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(name.toLowerCase())) {
        const url = value.replace(/[\u0000-\u0020]/g, '');
        if (!SAFE_SCHEME.test(url)) found.push(`${tag}[${name}=${value}]`);
      }
    }
  }
  return found;
}
