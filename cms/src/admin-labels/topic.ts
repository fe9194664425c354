import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

const TOPIC_TEXT = defineCatalogue('cms/admin-labels/topic', {
  vi: {
    slug: 'Định danh (slug)',
    nameVi: 'Tên (tiếng Việt)',
    nameEn: 'Tên (tiếng Anh)',
    descriptionVi: 'Mô tả (tiếng Việt)',
    descriptionEn: 'Mô tả (tiếng Anh)',
  },
  en: {
    slug: 'Slug',
    nameVi: 'Name (Vietnamese)',
    nameEn: 'Name (English)',
    descriptionVi: 'Description (Vietnamese)',
    descriptionEn: 'Description (English)',
  },
});

export const TOPIC: TypeLabels = { uid: 'api::topic.topic', mainField: 'nameVi', fields: fieldsOf(TOPIC_TEXT) };
