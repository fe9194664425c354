import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

const MEMBERSHIP_TEXT = defineCatalogue('cms/admin-labels/membership', {
  vi: {
    user: 'Tài khoản',
    userHelp: 'Tài khoản quản trị viết cho cơ quan này.',
    body: 'Cơ quan',
  },
  en: {
    user: 'Account',
    userHelp: 'The admin account that writes for this body.',
    body: 'Body',
  },
});

export const MEMBERSHIP: TypeLabels = { uid: 'api::membership.membership', fields: fieldsOf(MEMBERSHIP_TEXT) };
