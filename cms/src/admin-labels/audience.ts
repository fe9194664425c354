import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { NAMED } from './shared';

const AUDIENCE_TEXT = defineCatalogue('cms/admin-labels/audience', {
  vi: { code: 'Mã' },
  en: { code: 'Code' },
});

export const AUDIENCE: TypeLabels = {
  uid: 'api::audience.audience',
  mainField: 'nameVi',
  fields: { ...fieldsOf(AUDIENCE_TEXT), ...NAMED },
};
