import { defineCatalogue, type Locale, midSentenceLabels } from '@column57/i18n';
import { BODY_KIND } from '@column57/snapshot';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const BODY_TEXT = defineCatalogue('cms/admin-labels/body', {
  vi: {
    nameVi: 'Tên (tiếng Việt)',
    nameEn: 'Tên (tiếng Anh)',
    shortNameVi: 'Tên ngắn (tiếng Việt)',
    shortNameEn: 'Tên ngắn (tiếng Anh)',
    abbreviation: 'Viết tắt',
    slug: 'Định danh (slug)',
    slugHelp: 'Dùng trong đường dẫn và mã nhúng; không nên đổi.',
    kindHistory: 'Loại hình theo thời gian',
    kindHistoryHelp: ({ kinds }: { kinds: string }) => `${kinds}; kèm ngày có hiệu lực.`,
    administrativeCode: 'Mã đơn vị hành chính',
    administrativeCodeHelp: 'Tỉnh, thành phố: 2 chữ số (46). Xã, phường, đặc khu: 5 chữ số theo Quyết định 19/2025/QĐ-TTg (19789).',
    parent: 'Tỉnh, thành phố quản lý (parent)',
    parentHelp: 'Chỉ với xã, phường, đặc khu. Xã, phường lấy địa chỉ, màu, biểu trưng của tỉnh nếu để trống.',
    population: 'Dân số',
    populationHelp: 'Số dân, dùng để tính tỷ lệ dân số được tiếp cận thông tin cơ sở.',
    mergedFrom: 'Hợp nhất từ',
    portalUrl: 'Cổng thông tin điện tử',
    publicBaseUrl: 'Địa chỉ công khai của chuyên mục (origin)',
    publicBaseUrlHelp: 'Ví dụ: https://hanoi.gov.vn',
    basePath: 'Đường dẫn gốc của chuyên mục',
    basePathHelp: 'Ví dụ: /nghi-quyet-57/',
    logo: 'Biểu trưng (logo)',
    banner: 'Ảnh bìa (banner)',
    primaryColor: 'Màu chính',
    primaryColorHelp: 'Dạng #rrggbb.',
    secondaryColor: 'Màu phụ',
    secondaryColorHelp: 'Dạng #rrggbb.',
    contact: 'Liên hệ',
    englishEnabled: 'Có bản tiếng Anh',
    embedOrigins: 'Nguồn được phép nhúng',
    embedOriginsHelp: 'Mỗi dòng một nguồn, ví dụ https://hanoi.gov.vn',
  },
  en: {
    nameVi: 'Name (Vietnamese)',
    nameEn: 'Name (English)',
    shortNameVi: 'Short name (Vietnamese)',
    shortNameEn: 'Short name (English)',
    abbreviation: 'Abbreviation',
    slug: 'Slug',
    slugHelp: 'Used in addresses and embed codes; best left unchanged.',
    kindHistory: 'Kind over time',
    kindHistoryHelp: ({ kinds }) => `${kinds}, each with the date it took effect.`,
    administrativeCode: 'Administrative unit code',
    administrativeCodeHelp: 'Province or city: 2 digits (46). Commune, ward, special zone: 5 digits of Decision 19/2025/QĐ-TTg (19789).',
    parent: 'Parent province or city',
    parentHelp: "Communes, wards and special zones only. Left empty, they take the province's address, colours and logo.",
    population: 'Population',
    populationHelp: 'Number of inhabitants, used for the population-weighted reach of grassroots information.',
    mergedFrom: 'Merged from',
    portalUrl: 'Web portal',
    publicBaseUrl: 'Public address of the column (origin)',
    publicBaseUrlHelp: 'For example: https://hanoi.gov.vn',
    basePath: 'Base path of the column',
    basePathHelp: 'For example: /nghi-quyet-57/',
    logo: 'Logo',
    banner: 'Banner',
    primaryColor: 'Primary colour',
    primaryColorHelp: 'As #rrggbb.',
    secondaryColor: 'Secondary colour',
    secondaryColorHelp: 'As #rrggbb.',
    contact: 'Contact',
    englishEnabled: 'English edition',
    embedOrigins: 'Origins allowed to embed',
    embedOriginsHelp: 'One origin per line, for example https://hanoi.gov.vn',
  },
});

/** The kinds of body as a list opening a sentence: "Bộ, cơ quan ngang bộ, …, thành phố trực thuộc trung ương". */
const KIND_WORDS = midSentenceLabels(BODY_KIND);
const kinds = (locale: Locale) =>
  BODY_KIND.codes.map((code, i) => (i === 0 ? BODY_KIND.labels[code] : KIND_WORDS[code])[locale]).join(', ');

export const BODY: TypeLabels = {
  uid: 'api::body.body',
  mainField: 'nameVi',
  sort: ['slug', 'ASC'],
  list: ['id', 'nameVi', 'slug', 'administrativeCode', 'parent', 'englishEnabled'],
  fields: {
    ...fieldsOf(BODY_TEXT),
    kindHistory: [BODY_TEXT.t('vi', 'kindHistory'), BODY_TEXT.t('vi', 'kindHistoryHelp', { kinds: kinds('vi') })],
    factsToCheck: OWNER.factsToCheck,
  },
};
