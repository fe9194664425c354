import { describe, expect, it } from 'vitest';
import { audioHash, estimateDurationSeconds, speakable } from '../../packages/speech/src/index.ts';

// The speech normaliser on sentences of the Resolution 57 programme, as a commune station would read them.
const read = (script: string) => speakable(script).text;

describe('a bulletin script made speakable', () => {
  it('reads years and percentages', () => {
    expect(read('Đến năm 2030, 80% dân số được tiếp cận thông tin qua hệ thống thông tin cơ sở.')).toBe(
      'Đến năm hai nghìn không trăm ba mươi, tám mươi phần trăm dân số được tiếp cận thông tin qua hệ thống thông tin cơ sở.',
    );
  });

  it('reads a decimal comma, a count and the abbreviations of the programme', () => {
    expect(read('UBND tỉnh phân bổ 1,2 tỷ đồng cho 15 nhiệm vụ KH&CN năm 2026.')).toBe(
      'Ủy ban nhân dân tỉnh phân bổ một phẩy hai tỷ đồng cho mười lăm nhiệm vụ ' +
        'khoa học và công nghệ năm hai nghìn không trăm hai mươi sáu.',
    );
  });

  it('reads a party resolution symbol and its date', () => {
    expect(read('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị')).toBe(
      'Thực hiện Nghị quyết số năm mươi bảy, Nghị quyết Trung ương ngày hai mươi hai ' +
        'tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị',
    );
  });

  it('reads times and a range of dates, saying "ngày" where the script leaves it out', () => {
    expect(read('Loa phát lúc 6h30 và 17h00 từ ngày 1/7 đến 15/7/2025.')).toBe(
      'Loa phát lúc sáu giờ ba mươi phút và mười bảy giờ từ ngày một tháng bảy đến ' +
        'ngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi lăm.',
    );
    expect(read('Tiếp dân từ ngày 1/7 đến 15/7, sáng từ 7h-11h, chiều 13:30 đến 17 giờ.')).toBe(
      'Tiếp dân từ ngày một tháng bảy đến ngày mười lăm tháng bảy, sáng từ bảy giờ đến ' +
        'mười một giờ, chiều mười ba giờ ba mươi phút đến mười bảy giờ.',
    );
    expect(read('Sáng 20/12, hội nghị khai mạc; hạn chót tháng 12/2025, trước 06:30 thứ 2.')).toBe(
      'Sáng ngày hai mươi tháng mười hai, hội nghị khai mạc; hạn chót tháng mười hai năm hai ' +
        'nghìn không trăm hai mươi lăm, trước sáu giờ ba mươi phút thứ hai.',
    );
  });

  it('reads the symbols of government decisions, decrees and laws', () => {
    expect(read('Quyết định số 1169/QĐ-TTg của Thủ tướng Chính phủ')).toBe(
      'Quyết định số một nghìn một trăm sáu mươi chín, Quyết định Thủ tướng Chính phủ của Thủ tướng Chính phủ',
    );
    expect(read('Nghị định 13/2023/NĐ-CP, Thông tư 03/2024/TT-BTTTT, Luật 24/2018/QH14 và Kế hoạch 124/KH-UBND.')).toBe(
      'Nghị định mười ba năm hai nghìn không trăm hai mươi ba, Nghị định Chính phủ, ' +
        'Thông tư ba năm hai nghìn không trăm hai mươi tư, Thông tư Bộ Thông tin và Truyền thông, ' +
        'Luật hai mươi tư năm hai nghìn không trăm mười tám, Quốc hội khóa mười bốn ' +
        'và Kế hoạch một trăm hai mươi tư, Kế hoạch Ủy ban nhân dân.',
    );
  });

  it('reads ranges, with an en dash or a hyphen', () => {
    expect(read('Kế hoạch giai đoạn 2025–2030 tiếp nối giai đoạn 2021-2025; tỷ lệ tăng 10 - 15%.')).toBe(
      'Kế hoạch giai đoạn hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi tiếp nối giai đoạn ' +
        'hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm; tỷ lệ tăng mười đến mười lăm phần trăm.',
    );
  });

  it('reads money, thousands separators and currencies', () => {
    expect(read('Mỗi hộ được hỗ trợ 500.000 đồng/hộ, tổng 15 triệu đ; thêm 1.250 USD và 200.000 VNĐ, tăng 3,5%.')).toBe(
      'Mỗi hộ được hỗ trợ năm trăm nghìn đồng mỗi hộ, tổng mười lăm triệu đồng; thêm một nghìn hai trăm năm mươi đô la Mỹ ' +
        'và hai trăm nghìn đồng, tăng ba phẩy năm phần trăm.',
    );
    expect(read('Kinh phí 2.105.000.000 đồng, lãi suất 0,05%.')).toBe(
      'Kinh phí hai tỷ một trăm linh năm triệu đồng, lãi suất không phẩy không năm phần trăm.',
    );
  });

  it('reads units, ordinals, Roman numerals and fractions', () => {
    expect(
      read(
        'Lần thứ 1 trong tháng 4, Quốc hội khóa XV đã duyệt tuyến cáp quang 50 km, ' +
          '120 m² nhà trạm, 3 ha đất và 1/3 số xã có mạng 100 Mbps.',
      ),
    ).toBe(
      'Lần thứ nhất trong tháng tư, Quốc hội khóa mười lăm đã duyệt tuyến cáp quang ' +
        'năm mươi ki lô mét, một trăm hai mươi mét vuông nhà trạm, ' +
        'ba héc ta đất và một phần ba số xã có mạng một trăm mê ga bít trên giây.',
    );
  });

  it('spells out abbreviations, "&" and "+", capitalising at the start of a sentence', () => {
    expect(read('KH&CN, ĐMST và CĐS là đột phá. TP. Hồ Chí Minh và TP.HCM ứng dụng AI; VN có 5G. Xã A&B: 3 + 2 điểm.')).toBe(
      'Khoa học và công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá. Thành phố Hồ Chí Minh và thành phố Hồ Chí Minh ứng dụng a-i; ' +
        'Việt Nam có 5G. Xã A và B: ba cộng hai điểm.',
    );
  });

  it('reads a telephone number digit by digit and "4.0" with a point', () => {
    expect(read('Gọi 0912345678 để hỏi về công nghiệp 4.0.')).toBe(
      'Gọi không chín một hai ba bốn năm sáu bảy tám để hỏi về công nghiệp bốn chấm không.',
    );
  });

  it('leaves text without figures or abbreviations as it is, diacritics and "đ" included', () => {
    const plain =
      'Bà con lưu ý: đài truyền thanh xã phát bản tin vào buổi sáng và buổi chiều, đề nghị các đồng chí trưởng thôn thông báo rộng rãi.';
    expect(speakable(plain)).toEqual({ text: plain, changes: [] });
  });

  it('takes decomposed diacritics (NFD from a word processor) as composed ones', () => {
    const decomposed = 'Ngày 5/7, UBND xã họp.'.normalize('NFD');
    expect(read(decomposed)).toBe('Ngày năm tháng bảy, Ủy ban nhân dân xã họp.');
  });

  it('lists each change with its place in the script, for the editor preview', () => {
    const script = 'UBND tỉnh phân bổ 1,2 tỷ đồng cho 15 nhiệm vụ KH&CN năm 2026.';
    const { changes } = speakable(script);
    expect(changes).toEqual([
      { start: 0, end: 4, original: 'UBND', spoken: 'Ủy ban nhân dân', kind: 'abbreviation' },
      { start: 18, end: 21, original: '1,2', spoken: 'một phẩy hai', kind: 'number' },
      { start: 34, end: 36, original: '15', spoken: 'mười lăm', kind: 'number' },
      { start: 46, end: 51, original: 'KH&CN', spoken: 'khoa học và công nghệ', kind: 'abbreviation' },
      { start: 56, end: 60, original: '2026', spoken: 'hai nghìn không trăm hai mươi sáu', kind: 'number' },
    ]);
    for (const change of changes) expect(script.slice(change.start, change.end)).toBe(change.original);
    expect(speakable('Ngày 22/12/2024 và 15 triệu đ.').changes.map((c) => [c.original, c.kind])).toEqual([
      ['Ngày 22/12/2024', 'date'],
      ['15 triệu đ', 'money'],
    ]);
  });
});

describe('the audio cache key and the duration estimate', () => {
  const base = { text: 'xin chào', voice: 'north' as const, engine: 'espeak-ng', version: '1.51', settings: { wordsPerMinute: 150 } };

  it('changes with the text, the voice, the engine, its version and its settings', () => {
    const hashes = new Set([
      audioHash(base),
      audioHash({ ...base, text: 'xin chào bà con' }),
      audioHash({ ...base, voice: 'south' }),
      audioHash({ ...base, engine: 'other' }),
      audioHash({ ...base, version: '1.52' }),
      audioHash({ ...base, settings: { wordsPerMinute: 175 } }),
    ]);
    expect(hashes.size).toBe(6);
    expect(audioHash(base)).toBe(audioHash({ ...base }));
  });

  it('estimates from the spoken syllables and pauses (0.245 s a syllable, 0.47 s a pause)', () => {
    // "Đến năm hai nghìn không trăm ba mươi, tám mươi phần trăm dân số." is 14 syllables and 2 pauses.
    expect(estimateDurationSeconds('Đến năm 2030, 80% dân số.')).toBe(4.4);
    expect(estimateDurationSeconds('Đến năm 2030, 80% dân số.', { wordsPerMinute: 175 })).toBe(3.7);
  });
});
