import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../sites/src/lib/markdown.ts';
import { dom } from '../support/html.ts';
import { XSS_CORPUS, executableMarkupIn } from './xss-corpus.ts';

const render = (markdown: string) => renderMarkdown(markdown, { internalHref: (path) => `../../${path}` });

describe('article Markdown is rendered and sanitised', () => {
  it.each(XSS_CORPUS)('leaves nothing executable of %s', (_name, payload) => {
    const html = render(`## Tiêu đề\n\nĐoạn văn có dấu: Nghị quyết 57.\n\n${payload}\n\nĐoạn cuối.`);
    expect(executableMarkupIn(html)).toEqual([]);
    expect(html).toContain('Nghị quyết 57');
  });

  it('keeps what editors need: headings, lists, tables, quotes, links', () => {
    const html = render(
      '# Tiêu đề lớn\n\n- một\n- hai\n\n' +
        '| Chỉ tiêu | Kết quả |\n|---|---|\n| Hồ sơ trực tuyến | 80% |\n\n' +
        '> Trích dẫn\n\n' +
        '[Nghị quyết 57](../van-ban/57-nq-tw/) và [Cổng Chính phủ](https://chinhphu.vn)',
    );
    const doc = dom(`<div>${html}</div>`);
    expect(doc.querySelector('h2')!.textContent).toBe('Tiêu đề lớn'); // h1 belongs to the page
    expect(doc.querySelectorAll('li').length).toBe(2);
    expect(doc.querySelector('td')!.textContent).toBe('Hồ sơ trực tuyến');
    expect(doc.querySelector('blockquote')).toBeTruthy();
    expect(doc.querySelector('a[href="../../van-ban/57-nq-tw/"]')).toBeTruthy();
    expect(doc.querySelector('a[href="https://chinhphu.vn"]')!.getAttribute('rel')).toContain('noopener');
  });
});

describe("line breaks mean what they mean in the editor's preview", () => {
  it('keeps a single line break as a line break and a blank line as a new paragraph', () => {
    const doc = dom(`<div>${render('Địa chỉ: Sở Khoa học và Công nghệ\nSố 39 Trần Hưng Đạo, Hà Nội\n\nĐoạn sau.')}</div>`);
    const paragraphs = doc.querySelectorAll('p');
    expect(paragraphs.length).toBe(2);
    expect(paragraphs[0].querySelectorAll('br').length).toBe(1);
    const lines = paragraphs[0].innerHTML.split(/<br\s*\/?>/).map((line) => line.trim());
    expect(lines).toEqual(['Địa chỉ: Sở Khoa học và Công nghệ', 'Số 39 Trần Hưng Đạo, Hà Nội']);
  });
});

describe('links editors write inside the column', () => {
  it('point English pages at the English document, topic and campaign pages', async () => {
    const { localizeColumnPath } = await import('../../sites/src/lib/paths.ts');
    expect(localizeColumnPath('van-ban/57-nq-tw/', 'en')).toBe('en/documents/57-nq-tw/');
    expect(localizeColumnPath('chu-de/chuyen-doi-so/', 'en')).toBe('en/topics/chuyen-doi-so/');
    expect(localizeColumnPath('bai-viet/mot-bai/', 'en')).toBe('bai-viet/mot-bai/');
    expect(localizeColumnPath('van-ban/57-nq-tw/', 'vi')).toBe('van-ban/57-nq-tw/');
  });

  it('are resolved for every section of the column, and localised where the page keeps its address', async () => {
    const { SECTION_NAMES, paths, localizeColumnPath } = await import('../../sites/src/lib/paths.ts');
    const kept = new Set(['topics', 'documents', 'campaigns', 'honours', 'tasks', 'search', 'subscribe', 'communes', 'board']);
    for (const name of SECTION_NAMES) {
      const vi = `${paths.section('vi', name)}duong-dan/`;
      expect(render(`[Đường dẫn trong chuyên mục](${vi})`), name).toContain(`href="../../${vi}"`);
      expect(render(`[Đường dẫn trong chuyên mục](/${vi})`), name).toContain(`href="../../${vi}"`);
      const en = kept.has(name) ? `${paths.section('en', name)}duong-dan/` : vi;
      expect(localizeColumnPath(vi, 'en'), name).toBe(en);
    }
    expect(render('[tệp](tai-lieu/bao-cao.pdf)')).toContain('href="tai-lieu/bao-cao.pdf"');
  });
});

describe('pictures in the text: only the column’s own copies', () => {
  const OURS = '/uploads/le_ky_ket_hop_tac_1a2b3c.png';
  const pictureOf = (src: string) =>
    src === OURS
      ? {
          src: '../../media/abc-1200.png',
          srcset: '../../media/abc-480.png 480w, ../../media/abc-1200.png 1200w',
          width: 1200,
          height: 675,
        }
      : null;
  const render = (markdown: string) => renderMarkdown(markdown, { internalHref: (path) => path, pictureOf });

  it('shows a media-library picture as the copy the build made, with its alt text, sizes and box', () => {
    const doc = dom(`<div>${render(`Lễ ký kết tại Hà Nội:\n\n![Lễ ký kết hợp tác chuyển đổi số](${OURS})`)}</div>`);
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('../../media/abc-1200.png');
    expect(img.getAttribute('srcset')).toContain('480w');
    expect(img.getAttribute('alt')).toBe('Lễ ký kết hợp tác chuyển đổi số');
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['1200', '675', 'lazy']);
  });

  it('finds a picture written reference-style too', () => {
    expect(render(`![Ảnh đoàn công tác][anh]\n\n[anh]: ${OURS}`)).toContain('src="../../media/abc-1200.png"');
  });

  it('leaves out a picture it does not carry and every picture from elsewhere, keeping the text', () => {
    const html = render(
      'Trước ảnh.\n\n![Ảnh ngoài](https://example.com/anh.png)\n\n![Ảnh đã xoá](/uploads/da_xoa.png)\n\n' +
        '<img src="https://tracker.example/p.gif" onerror="alert(1)">\n\nSau ảnh đồng bộ dữ liệu.',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('Trước ảnh.');
    expect(html).toContain('Sau ảnh đồng bộ dữ liệu.');
  });

  it.each(XSS_CORPUS)('leaves nothing executable of %s', (_name, payload) => {
    const html = render(`![Lễ ký kết](${OURS})\n\n${payload}\n\nĐoạn cuối.`);
    expect(executableMarkupIn(html, ['img'])).toEqual([]);
    // The one picture left is the column's own copy.
    const sources = [...dom(`<div>${html}</div>`).querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual(['../../media/abc-1200.png']);
  });
});
