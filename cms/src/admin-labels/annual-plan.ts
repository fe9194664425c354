import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const PLAN_TEXT = defineCatalogue('cms/admin-labels/annual-plan', {
  vi: {
    year: 'Năm kế hoạch (year)',
    documentNumber: 'Số, ký hiệu kế hoạch',
    documentNumberHelp: 'Ví dụ: 125/KH-UBND.',
    documentDate: 'Ngày ban hành',
    title: 'Tên kế hoạch',
    activities: 'Hoạt động và dự toán kinh phí (đồng)',
    activitiesHelp: 'Mỗi hoạt động một dòng, kinh phí tính bằng đồng.',
  },
  en: {
    year: 'Plan year',
    documentNumber: 'Plan number and symbol',
    documentNumberHelp: 'For example: 125/KH-UBND.',
    documentDate: 'Issue date',
    title: 'Plan title',
    activities: 'Activities and budget estimates (VND)',
    activitiesHelp: 'One activity per line, budgets in đồng.',
  },
});

export const ANNUAL_PLAN: TypeLabels = {
  uid: 'api::annual-plan.annual-plan',
  mainField: 'title',
  sort: ['year', 'DESC'],
  list: ['id', 'year', 'documentNumber', 'documentDate', 'title'],
  fields: { ...fieldsOf(PLAN_TEXT), body: OWNER.body },
};
