import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

const AUDIENCE_TEXT = defineCatalogue('cms/admin-labels/audience', {
  vi: {
    code: 'Mã',
    slug: 'Định danh (slug)',
    nameVi: 'Tên (tiếng Việt)',
    nameEn: 'Tên (tiếng Anh)',
    descriptionVi: 'Mô tả (tiếng Việt)',
    descriptionEn: 'Mô tả (tiếng Anh)',
  },
  en: {
    code: 'Code',
    slug: 'Slug',
    nameVi: 'Name (Vietnamese)',
    nameEn: 'Name (English)',
    descriptionVi: 'Description (Vietnamese)',
    descriptionEn: 'Description (English)',
  },
});

export const AUDIENCE: TypeLabels = { uid: 'api::audience.audience', mainField: 'nameVi', fields: fieldsOf(AUDIENCE_TEXT) };
