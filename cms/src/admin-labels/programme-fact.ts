import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

// A programme block: a fact the national editor keeps once (a target, a deadline, a key figure) and every
// column's articles embed by its code, so a change shows everywhere at the next build.
const PROGRAMME_FACT_TEXT = defineCatalogue('cms/admin-labels/programme-fact', {
  vi: {
    key: 'Mã khối (key)',
    keyHelp: 'Chữ thường không dấu nối bằng "-", ví dụ muc-tieu-thong-tin-co-so. Bài viết chèn khối bằng {{khoi:mã}}.',
    nameVi: 'Tên khối (tiếng Việt)',
    nameViHelp: 'Để biên tập viên nhận ra khối, ví dụ "Mục tiêu tiếp cận thông tin cơ sở năm 2030". Không hiện trên chuyên mục.',
    nameEn: 'Tên khối (tiếng Anh)',
    valueVi: 'Nội dung chèn vào bài (tiếng Việt)',
    valueViHelp: 'Đúng chữ sẽ hiện ở chỗ mã khối trong bài, ví dụ "ít nhất 80% dân số". Sửa ở đây là mọi chuyên mục đổi theo.',
    valueEn: 'Nội dung chèn vào bài (tiếng Anh)',
    source: 'Nguồn',
    sourceHelp: 'Văn bản quy định số liệu, ví dụ Quyết định 1169/QĐ-TTg.',
  },
  en: {
    key: 'Block key',
    keyHelp: 'Lowercase ASCII words joined by "-", e.g. grassroots-reach-target. Articles embed it as {{block:key}}.',
    nameVi: 'Block name (Vietnamese)',
    nameViHelp: 'For editors to recognise the block, e.g. "Grassroots reach target for 2030". Not shown in columns.',
    nameEn: 'Block name (English)',
    valueVi: 'Text embedded in articles (Vietnamese)',
    valueViHelp:
      'The very words shown where the block key stands, e.g. "at least 80% of the population". A change here shows in every column.',
    valueEn: 'Text embedded in articles (English)',
    source: 'Source',
    sourceHelp: 'The document that sets the figure, e.g. Decision 1169/QĐ-TTg.',
  },
});

export const PROGRAMME_FACT: TypeLabels = {
  uid: 'api::programme-fact.programme-fact',
  mainField: 'nameVi',
  fields: fieldsOf(PROGRAMME_FACT_TEXT),
  list: ['nameVi', 'key', 'valueVi'],
  sort: ['key', 'ASC'],
};
