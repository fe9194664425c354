import { defineCatalogue } from '@column57/i18n';

type Key = { key: string };

/** Programme blocks: the rules' errors on a text that embeds one, and the refusal to delete one in use. */
export const PROGRAMME_FACT_TEXT = defineCatalogue('cms/programme-facts', {
  vi: {
    unknownBlock: ({ key, known }: Key & { known: string }) =>
      `khối "${key}" không có. Hãy chép mã khối từ bảng "Khối nội dung chương trình" bên cạnh bài (hiện có: ${known}) hoặc xoá mã này.`,
    noBlocks: 'chưa có khối nào',
    inUse: ({ key, titles }: Key & { titles: string }) =>
      `khối "${key}" đang được chèn trong ${titles}: hãy bỏ mã khối khỏi các bài đó trước khi xoá, hoặc sửa nội dung khối thay vì xoá.`,
  },
  en: {
    unknownBlock: ({ key, known }: Key & { known: string }) =>
      `there is no block "${key}". Copy a block's code from the "Programme blocks" panel beside the article ` +
      `(there are: ${known}) or remove it.`,
    noBlocks: 'none yet',
    inUse: ({ key, titles }: Key & { titles: string }) =>
      `block "${key}" is embedded in ${titles}: remove its code from them before deleting it, or change the block's text instead.`,
  },
});
