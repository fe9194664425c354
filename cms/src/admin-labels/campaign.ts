import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER, SCHEDULE } from './shared';

const CAMPAIGN_TEXT = defineCatalogue('cms/admin-labels/campaign', {
  vi: {
    title: 'Tên chiến dịch (title)',
    slug: 'Đường dẫn (slug)',
    slugHelp: 'Để trống: tạo từ tên chiến dịch khi lưu (bỏ dấu, đ thành d, thêm -2 nếu trùng).',
    description: 'Mô tả (description)',
    descriptionHelp: 'Markdown.',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc',
    endDateHelp: 'Không sớm hơn ngày bắt đầu.',
    audiences: 'Đối tượng (audiences)',
    assets: 'Tài liệu truyền thông (assets)',
    assetsHelp: 'Ảnh, infographic, áp phích, banner, video, tài liệu.',
  },
  en: {
    title: 'Campaign title',
    slug: 'Slug',
    slugHelp: 'Leave empty: made from the title on save (diacritics folded, đ to d, -2 added if taken).',
    description: 'Description',
    descriptionHelp: 'Markdown.',
    startDate: 'Start date',
    endDate: 'End date',
    endDateHelp: 'Not before the start date.',
    audiences: 'Audiences',
    assets: 'Communication materials',
    assetsHelp: 'Images, infographics, posters, banners, videos, documents.',
  },
});

export const CAMPAIGN: TypeLabels = {
  uid: 'api::campaign.campaign',
  mainField: 'title',
  // Last updated first: a draft without a date must not sink to the last page.
  sort: ['updatedAt', 'DESC'],
  list: ['id', 'title', 'startDate', 'endDate'],
  fields: { ...fieldsOf(CAMPAIGN_TEXT), ...OWNER, ...SCHEDULE },
};
