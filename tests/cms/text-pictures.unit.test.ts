import { describe, expect, it } from 'vitest';
import { libraryPicturesIn } from '../../cms/src/api/snapshot/services/text-pictures.ts';

describe('the media-library pictures an article text shows', () => {
  it('finds them as Word import writes them, as the admin inserts them, and reference-style, each once', () => {
    const text =
      'Lễ ký kết:\n\n![Lễ ký kết](/uploads/le_ky_ket_1a2b.png)\n\n' +
      '![Đoàn công tác](https://cms.hanoi.gov.vn/uploads/doan_cong_tac_3c4d.jpg "Đoàn công tác")\n\n' +
      '![Lại lễ ký kết][anh]\n\n[anh]: /uploads/le_ky_ket_1a2b.png\n\n' +
      '![Ảnh ngoài](https://example.com/anh.png) và [một liên kết](/uploads/tai-lieu.pdf)';
    expect(libraryPicturesIn(text)).toEqual([
      { src: '/uploads/le_ky_ket_1a2b.png', path: '/uploads/le_ky_ket_1a2b.png' },
      { src: 'https://cms.hanoi.gov.vn/uploads/doan_cong_tac_3c4d.jpg', path: '/uploads/doan_cong_tac_3c4d.jpg' },
    ]);
  });

  it('finds none in a text without pictures, or with pictures from elsewhere only', () => {
    expect(libraryPicturesIn('Chuyển đổi số ở Đà Nẵng.\n\n![Ảnh](data:image/png;base64,AAAA)')).toEqual([]);
  });
});
