import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { missingGlyphs } from '../../packages/artwork/src/index.ts';
import { renderShareImage, SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg } from '../../packages/builder/src/share-image.ts';

const VIETNAMESE = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';

const card = {
  title:
    'Bình dân học vụ số: người dân ở xã vùng cao học dùng dịch vụ công trực tuyến, ' +
    'thanh toán không dùng tiền mặt và bảo vệ dữ liệu cá nhân',
  bodyName: 'Tỉnh Điện Biên',
  columnName: 'Chuyên mục Nghị quyết 57',
  background: '#0b4c8c',
  foreground: '#ffffff',
  accent: '#f2c200',
  logo: null,
};

describe('share cards', () => {
  it('have a glyph for every letter of the Vietnamese alphabet, lower and upper case', () => {
    expect(missingGlyphs(`${VIETNAMESE}${VIETNAMESE.toUpperCase()} 0123456789 :,.–“”`)).toEqual([]);
  });

  it('are drawn from outlines only: no <text>, so no font on the machine is used', () => {
    const svg = shareCardSvg(card);
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg.match(/<path d="/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('fit a long title in four lines and render at 1200x630', async () => {
    const image = await renderShareImage(card);
    const meta = await sharp(image).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([SHARE_WIDTH, SHARE_HEIGHT, 'jpeg']);
    // Deterministic: the same card gives the same bytes, so caches and tests can rely on it.
    expect((await renderShareImage(card)).equals(image)).toBe(true);
  });
});
