import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const HONOUR_TEXT = defineCatalogue('cms/admin-labels/honour', {
  vi: {
    recipient: 'Người/tập thể được khen (recipient)',
    kind: 'Loại (kind)',
    reason: 'Thành tích (reason)',
    decisionRef: 'Quyết định khen thưởng (decision)',
    date: 'Ngày (date)',
    photo: 'Ảnh (photo)',
    photoAlt: 'Mô tả ảnh (alt text)',
    photoAltHelp: 'Bắt buộc khi có ảnh.',
  },
  en: {
    recipient: 'Person or organisation honoured',
    kind: 'Kind',
    reason: 'Achievement',
    decisionRef: 'Award decision',
    date: 'Date',
    photo: 'Photo',
    photoAlt: 'Alt text',
    photoAltHelp: 'Required with a photo.',
  },
});

export const HONOUR: TypeLabels = {
  uid: 'api::honour.honour',
  mainField: 'recipient',
  // Last updated first: a draft without a date must not sink to the last page.
  sort: ['updatedAt', 'DESC'],
  list: ['id', 'recipient', 'kind', 'date'],
  fields: { ...fieldsOf(HONOUR_TEXT), ...OWNER },
};
