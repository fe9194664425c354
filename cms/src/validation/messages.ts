import { defineCatalogue } from '@column57/i18n';

/**
 * What the content rules say when they refuse a write: what is wrong with a field and how to fix it. The
 * admin form shows each under its field as "vi / en" (field-error.ts), so every message is kept as a pair.
 */
export const VALIDATION_TEXT = defineCatalogue('cms/validation', {
  vi: {
    notWebAddress: ({ value, httpsOnly }: { value: string; httpsOnly: boolean }) =>
      `"${value}" không phải địa chỉ web; ` +
      `hãy nhập địa chỉ đầy đủ bắt đầu bằng ${httpsOnly ? 'https://' : 'http:// hoặc https://'}, ví dụ https://hanoi.gov.vn`,
    endBeforeStart: ({ end, endDate, startDate }: { end: string; endDate: string; startDate: string }) =>
      `${end} (${endDate}) trước ngày bắt đầu (${startDate}); hãy chọn ngày không sớm hơn ngày bắt đầu`,
    effectiveDate: 'Ngày có hiệu lực',
    endDate: 'Ngày kết thúc',
    nationalWithBody: 'Nội dung toàn quốc không thuộc cơ quan nào; hãy bỏ chọn cơ quan hoặc bỏ đánh dấu "toàn quốc"',
    noBodyNorNational: 'Chưa chọn cơ quan sở hữu; hãy chọn cơ quan hoặc đánh dấu "toàn quốc"',
    slugTaken: ({ slug, noun }: { slug: string; noun: string }) =>
      `Đường dẫn "${slug}" đã được dùng cho ${noun} khác của cùng chuyên mục; hãy đặt đường dẫn khác`,
    article: 'bài viết',
    document: 'văn bản',
    campaign: 'chiến dịch',
    noBody: 'Chưa chọn cơ quan sở hữu; hãy chọn cơ quan',
    unpublishNotAfterPublish: ({ unpublishAt, publishAt }: { unpublishAt: string; publishAt: string }) =>
      `Giờ hẹn gỡ (${unpublishAt}) không sau giờ hẹn xuất bản (${publishAt}); hãy chọn thời điểm muộn hơn hoặc xoá giờ hẹn gỡ`,
    contentImageWithoutAlt: ({ count }: { count: number }) =>
      `${count} ảnh trong nội dung chưa có mô tả thay thế (alt); hãy viết mô tả vào giữa hai ngoặc vuông: ![mô tả ảnh](…)`,
    coverWithoutAlt: 'Ảnh đại diện chưa có mô tả thay thế (alt); hãy mô tả nội dung ảnh cho người khiếm thị',
    documentNumberMalformed: ({ number }: { number: string }) =>
      `Số, ký hiệu "${number}" không đúng dạng; hãy viết như 57-NQ/TW, 03/NQ-CP, 193/2025/QH15 hoặc 1169/QĐ-TTg`,
    videoWithoutUrl: 'Tài liệu dạng video cần đường dẫn https://',
    assetWithoutFile: 'Chưa chọn tệp cho tài liệu này',
    assetImageWithoutAlt: 'Hình ảnh chưa có mô tả thay thế (alt)',
    photoWithoutAlt: 'Ảnh chưa có mô tả thay thế (alt)',
    taskCodeTaken: ({ code }: { code: string }) => `Mã nhiệm vụ "${code}" đã có trong cơ quan này; hãy dùng mã khác`,
    bodyFieldMissing: 'Trường này bắt buộc; hãy nhập. Xã, phường, đặc khu để trống thì lấy theo tỉnh: hãy chọn tỉnh quản lý và loại đơn vị',
    basePathMalformed: ({ basePath }: { basePath: string }) =>
      `Đường dẫn gốc "${basePath}" phải bắt đầu và kết thúc bằng "/", ` + 'chỉ gồm chữ thường không dấu, số và "-", ví dụ /nghi-quyet-57/',
    publicBaseUrlMalformed: ({ url }: { url: string }) =>
      `Địa chỉ công khai "${url}" phải là dạng https://ten-mien (không có đường dẫn phía sau)`,
    embedOriginMalformed: ({ origin }: { origin: string }) =>
      `"${origin}" không phải một nguồn (origin) hợp lệ; mỗi dòng một nguồn dạng https://cong.tinh.gov.vn`,
    parentNotProvince: ({ parent }: { parent: string }) =>
      `"${parent}" không phải tỉnh hay thành phố trực thuộc trung ương; hãy chọn tỉnh, thành phố quản lý xã, phường này`,
    parentOnlyForCommunes: 'Chỉ xã, phường, đặc khu mới có tỉnh, thành phố quản lý; hãy bỏ chọn ô này hoặc đổi loại hình',
    parentMissing: 'Xã, phường, đặc khu cần tỉnh, thành phố quản lý; hãy chọn tỉnh, thành phố',
    parentIsSelf: 'Một đơn vị không thể tự quản lý mình; hãy chọn tỉnh, thành phố khác',
    communeCodeMalformed: ({ code }: { code: string }) => `Mã "${code}" của xã, phường, đặc khu phải có đúng 5 chữ số, ví dụ 19789`,
    codeTaken: ({ code, holder }: { code: string; holder: string }) =>
      `Mã "${code}" đã là mã của ${holder}; mỗi đơn vị hành chính có một mã riêng, hãy kiểm tra lại theo danh mục quốc gia`,
    provinceCodeMalformed: ({ code }: { code: string }) => `Mã "${code}" của tỉnh, thành phố phải có đúng 2 chữ số, ví dụ 46`,
    shareNotProvince: 'Chỉ tỉnh, thành phố mới chia sẻ bài viết cho các xã, phường của mình; hãy bỏ chia sẻ',
    shareNotOwnCommune: ({ names }: { names: string }) =>
      `${names} không thuộc tỉnh, thành phố của bài viết; chỉ chọn các xã, phường, đặc khu của mình`,
  },
  en: {
    notWebAddress: ({ value, httpsOnly }) =>
      `"${value}" is not a web address; ` +
      `enter a full address starting with ${httpsOnly ? 'https://' : 'http:// or https://'}, ` +
      'e.g. https://hanoi.gov.vn',
    endBeforeStart: ({ end, endDate, startDate }) =>
      `${end} (${endDate}) is before the start date (${startDate}); pick a date on or after it`,
    effectiveDate: 'the effective date',
    endDate: 'the end date',
    nationalWithBody: 'national content belongs to no body: clear the body or untick "national"',
    noBodyNorNational: 'no owning body: choose a body or tick "national"',
    slugTaken: ({ slug, noun }) => `the slug "${slug}" is already used by another ${noun} of the same column; choose a different slug`,
    article: 'article',
    document: 'document',
    campaign: 'campaign',
    noBody: 'no owning body: choose the body this belongs to',
    unpublishNotAfterPublish: ({ unpublishAt, publishAt }) =>
      `the scheduled unpublish (${unpublishAt}) is not after the scheduled publish (${publishAt}); pick a later time or clear it`,
    contentImageWithoutAlt: ({ count }) =>
      `${count} picture(s) in the text have no alt text; describe each between the brackets: ![description](…)`,
    coverWithoutAlt: 'the cover image has no alt text; describe the picture for readers who cannot see it',
    documentNumberMalformed: ({ number }) =>
      `the number/symbol "${number}" is malformed; write it like 57-NQ/TW, 03/NQ-CP, 193/2025/QH15 or 1169/QĐ-TTg`,
    videoWithoutUrl: 'a video-link asset needs an https:// URL',
    assetWithoutFile: 'choose a file for this asset',
    assetImageWithoutAlt: 'this image has no alt text; describe it',
    photoWithoutAlt: 'the photo has no alt text; describe it',
    taskCodeTaken: ({ code }) => `task code "${code}" already exists in this body; use another code`,
    bodyFieldMissing:
      'this field is required; fill it in. A commune, ward or special zone left empty takes it from its province: ' +
      'choose its province and kind',
    basePathMalformed: ({ basePath }) =>
      `base path "${basePath}" must start and end with "/" and use lowercase ascii, digits and "-", e.g. /nghi-quyet-57/`,
    publicBaseUrlMalformed: ({ url }) => `public base URL "${url}" must be an origin like https://example.gov.vn (no path)`,
    embedOriginMalformed: ({ origin }) => `"${origin}" is not an origin; one per line, like https://portal.province.gov.vn`,
    parentNotProvince: ({ parent }) => `"${parent}" is not a province or centrally run city; choose the province that runs this commune`,
    parentOnlyForCommunes: 'only a commune, ward or special zone has a parent province; clear this field or change the kind',
    parentMissing: 'a commune, ward or special zone needs its province or city; choose it',
    parentIsSelf: 'a unit cannot be its own parent; choose its province or city',
    communeCodeMalformed: ({ code }) => `code "${code}" of a commune-level unit must be exactly 5 digits, e.g. 19789`,
    codeTaken: ({ code, holder }) =>
      `code "${code}" already belongs to ${holder}; each administrative unit has its own code, check the national list`,
    provinceCodeMalformed: ({ code }) => `code "${code}" of a province or city must be exactly 2 digits, e.g. 46`,
    shareNotProvince: 'only a province or city shares articles to its communes; clear the sharing',
    shareNotOwnCommune: ({ names }) => `${names}: not a commune of this article's province; choose only its own communes`,
  },
});
