import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSourcesIn, officeHtmlToMarkdown } from '../../cms/src/word/html-to-markdown.ts';
import { asSeparateBlocks } from '../../cms/src/word/paste-blocks.ts';
import { parseOnServer } from '../../cms/src/word/server-dom.ts';

// Clipboard HTML as each office program writes it (hand-made to their formats, with Vietnamese text).
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/office-html', name), 'utf8');
type ImageUrl = (src: string) => string | null;
const convert = (html: string, imageUrl?: ImageUrl) => officeHtmlToMarkdown(html, { parse: parseOnServer, imageUrl });

describe('pasting from Microsoft Word', () => {
  const html = fixture('word.html');

  it("keeps the title, headings, bold, italic and links, without Word's mso-* noise", () => {
    const markdown = convert(html, () => null);
    expect(markdown).toMatch(/^# Hà Nội đẩy mạnh chuyển đổi số$/m);
    expect(markdown).toMatch(/^## Kết quả quý III$/m);
    expect(markdown).toContain('Sở Khoa học và Công nghệ đã **hoàn thành** việc *số hoá* hồ sơ');
    expect(markdown).toContain('[Nghị quyết 57](https://chinhphu.vn/nghi-quyet-57)');
    expect(markdown).not.toMatch(/mso-|MsoNormal|<o:p>|StartFragment|supportLists|·/);
  });

  it('turns list paragraphs into nested bulleted and numbered lists', () => {
    const markdown = convert(html, () => null);
    expect(markdown).toMatch(/^- Đường truyền đến 100% xã\n {2,4}- Kể cả đặc khu Côn Đảo\n- Dịch vụ công trực tuyến toàn trình$/m);
    expect(markdown).toMatch(/^1\. Rà soát thủ tục\n2\. Đánh giá định kỳ$/m);
  });

  it('makes a table with the first row as its header', () => {
    expect(convert(html, () => null)).toMatch(
      /^\| \*\*Chỉ tiêu\*\* \| \*\*Kết quả\*\* \|\n\| --- \| --- \|\n\| Hồ sơ trực tuyến \| 80% \|$/m,
    );
  });

  it('keeps a line break inside a paragraph as a single newline', () => {
    expect(convert(html, () => null)).toContain('Địa chỉ: Sở KH&CN\nSố 39 Trần Hưng Đạo');
  });

  it('lists the pictures, and puts each where its uploaded copy is', () => {
    expect(imageSourcesIn(html, parseOnServer)).toEqual(['file:///C:/Users/BTV/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png']);
    const markdown = convert(html, (src) => (src.endsWith('clip_image002.png') ? '/uploads/le_ky_ket_1a2b.png' : null));
    expect(markdown).toContain('![Lễ ký kết hợp tác](/uploads/le_ky_ket_1a2b.png)');
    expect(convert(html, () => null)).not.toContain('![');
  });
});

describe('pasting from Google Docs', () => {
  const markdown = convert(fixture('google-docs.html'), (src) => (src.startsWith('data:') ? '/uploads/ban_do_so.png' : null));

  it("reads bold and italic from the spans' styles, not the whole-document <b>", () => {
    expect(markdown).toMatch(/^## Đồng Nai số hoá hồ sơ đất đai$/m);
    expect(markdown).toContain('**Đã số hoá** 1,2 triệu hồ sơ, *vượt kế hoạch* đề ra.');
    expect(markdown).not.toMatch(/^\*\*## /m);
  });

  it('keeps a tight list and the pasted picture', () => {
    expect(markdown).toMatch(/^- Biên Hoà\n- Long Khánh$/m);
    expect(markdown).toContain('![Bản đồ số](/uploads/ban_do_so.png)');
  });
});

describe('pasting from LibreOffice Writer', () => {
  const markdown = convert(fixture('libreoffice.html'));

  it('keeps the heading, emphasis, numbered list and table', () => {
    expect(markdown).toMatch(/^### Cần Thơ triển khai đề án 06$/m);
    expect(markdown).toContain('**Ủy ban nhân dân** thành phố *đã giao* chỉ tiêu.');
    expect(markdown).toMatch(/^1\. Đợt một\n2\. Đợt hai$/m);
    expect(markdown).toMatch(/^\| Quận \| Số điểm \|\n\| --- \| --- \|\n\| Ninh Kiều \| 12 \|$/m);
  });
});

describe('text typed on a Mac', () => {
  it('comes out composed (NFC), so it compares equal to the same words typed on Windows', () => {
    const decomposed = '<p>Đổi mới sáng tạo</p>'.normalize('NFD');
    expect(convert(decomposed)).toBe('Đổi mới sáng tạo'.normalize('NFC'));
  });
});

describe('a paste stands apart from the text around the cursor', () => {
  const pasted = '# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.\n';
  it.each([
    ['at the end of a table row', '| Phường Hoàn Kiếm | 126 |', '', '\n\n# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.'],
    ['at the start of a line after text', 'Đoạn trước.\n', '', '\n# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.'],
    ['after a blank line', 'Đoạn trước.\n\n', '', '# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.'],
    ['into an empty field', '', '', '# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.'],
    ['before text on the same line', 'Đầu dòng ', 'cuối dòng.', '\n\n# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.\n\n'],
    ['before a blank line', '', '\n\nĐoạn sau.', '# Hà Nội đẩy mạnh chuyển đổi số\n\nĐoạn mở đầu.'],
  ])('%s', (_where, before, after, expected) => {
    expect(asSeparateBlocks(pasted, before, after)).toBe(expected);
  });

  it('leaves a phrase inside the paragraph it is pasted into', () => {
    expect(asSeparateBlocks('**chuyển đổi số**\n', 'Đẩy mạnh ', ' toàn diện.')).toBe('**chuyển đổi số**');
    expect(asSeparateBlocks('- một mục', 'Đoạn', '')).toBe('\n\n- một mục');
  });
});
