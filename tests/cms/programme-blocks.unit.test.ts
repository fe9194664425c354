import { describe, expect, it } from 'vitest';
import { blockCode, blockKeysIn, expandBlocks } from '../../cms/src/programme-facts/codes.ts';

// How a text embeds a programme block, on the Vietnamese an editor writes: with or without the diacritics
// of "khối", in English, with spaces, next to Markdown and the seed's own placeholders.
const values: Record<string, string> = {
  'han-bao-cao-thang': 'vào ngày 20 hằng tháng',
  'muc-tieu-thong-tin-co-so': 'ít nhất 80% người dân được tiếp cận thông tin qua hệ thống thông tin cơ sở',
};

describe('programme block codes', () => {
  it('finds every key once, in order, however the code is typed', () => {
    const text =
      'Báo cáo gửi Bộ {{khoi:han-bao-cao-thang}}; mục tiêu {{ khối : muc-tieu-thong-tin-co-so }}, nhắc lại {{BLOCK:han-bao-cao-thang}}.';
    expect(blockKeysIn(text)).toEqual(['han-bao-cao-thang', 'muc-tieu-thong-tin-co-so']);
    expect(blockKeysIn('Không có mã nào, chỉ {ten} và {{ không phải mã }}.')).toEqual([]);
    expect(blockKeysIn(null)).toEqual([]);
  });

  it('puts each block’s words in place, and drops a code whose block is gone', () => {
    const text = '**Hạn báo cáo:** {{khoi:han-bao-cao-thang}}.\n\n> Mục tiêu: {{block:muc-tieu-thong-tin-co-so}}{{khoi:da-xoa}}.';
    expect(expandBlocks(text, (key) => values[key])).toBe(
      '**Hạn báo cáo:** vào ngày 20 hằng tháng.\n\n> Mục tiêu: ít nhất 80% người dân được tiếp cận thông tin qua hệ thống thông tin cơ sở.',
    );
  });

  it('leaves a text without codes exactly as it was', () => {
    const text = 'Đổi mới sáng tạo {ten} — không đổi.';
    expect(expandBlocks(text, () => 'x')).toBe(text);
  });

  it('writes the code the panel copies, which the reader finds again', () => {
    expect(blockCode('han-bao-cao-thang')).toBe('{{khoi:han-bao-cao-thang}}');
    expect(blockKeysIn(blockCode('han-bao-cao-thang'))).toEqual(['han-bao-cao-thang']);
  });
});
