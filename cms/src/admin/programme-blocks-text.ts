import { defineCatalogue } from '@column57/i18n';

/** The edit view's panel of programme blocks (cms/src/programme-facts/ on the server). Bundled into the browser. */
export const PROGRAMME_BLOCKS_TEXT = defineCatalogue('cms/admin-programme-blocks', {
  vi: {
    title: 'Khối nội dung chương trình',
    intro: 'Chép mã một khối vào bài: chuyên mục hiện nội dung hiện hành của khối, và tự đổi theo khi Bộ sửa khối.',
    copy: 'Chép mã',
    copied: 'Đã chép',
    none: 'Chưa có khối nào.',
    loadFailed: 'Không tải được danh sách khối',
  },
  en: {
    title: 'Programme blocks',
    intro: "Copy a block's code into the text: the column shows the block's current words, and follows when the ministry changes it.",
    copy: 'Copy code',
    copied: 'Copied',
    none: 'No blocks yet.',
    loadFailed: 'The blocks could not be loaded',
  },
});
