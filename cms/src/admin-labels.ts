import type { Core } from '@strapi/strapi';
import { ENTERED_FIELDS } from './reporting/fields';

/**
 * What editors read in the admin panel: Vietnamese field labels and help, the English term after it.
 * Applied once per LABELS_VERSION so an administrator's own changes to the layouts survive restarts.
 */
const LABELS_VERSION = 3;

type Field = [label: string, description?: string];
interface TypeLabels {
  fields: Record<string, Field>;
  list?: string[];
  mainField?: string;
  sort?: [string, 'ASC' | 'DESC'];
}

const OWNER: Record<string, Field> = {
  body: ['Cơ quan (body)', 'Do hệ thống gán theo tài khoản biên tập; chỉ quản trị viên chọn tay.'],
  national: ['Toàn quốc (national)', 'Hiển thị trong chuyên mục của mọi cơ quan.'],
  factsToCheck: ['Cần kiểm tra (facts to check)', 'Ghi chú nội bộ về dữ kiện chưa được xác nhận; không công bố.'],
};

const SCHEDULE: Record<string, Field> = {
  publishAt: ['Hẹn giờ xuất bản (publish at)', 'Bản nháp được tự động xuất bản vào thời điểm này (mọi ngôn ngữ có bản nháp).'],
  unpublishAt: ['Hẹn giờ gỡ (unpublish at)', 'Tự động gỡ khỏi chuyên mục vào thời điểm này; phải sau giờ hẹn xuất bản.'],
};

const LABELS: Record<string, TypeLabels> = {
  'api::article.article': {
    mainField: 'title',
    sort: ['publishDate', 'DESC'],
    list: ['id', 'title', 'publishDate', 'channel', 'featured'],
    fields: {
      title: ['Tiêu đề (title)', 'Tối đa 160 ký tự.'],
      slug: ['Đường dẫn (slug)', 'Chữ thường không dấu, nối bằng "-", duy nhất trong chuyên mục. Ví dụ: binh-dan-hoc-vu-so'],
      summary: ['Tóm tắt (summary)', 'Một hai câu, hiện ở danh sách và khi chia sẻ.'],
      content: ['Nội dung (content)', 'Viết bằng Markdown.'],
      cover: ['Ảnh đại diện (cover)'],
      coverAlt: ['Mô tả ảnh (alt text)', 'Bắt buộc khi có ảnh: mô tả ảnh cho người không nhìn thấy.'],
      topics: ['Chủ đề (topics)'],
      audiences: ['Đối tượng (audiences)', 'Người dân, doanh nghiệp, tổ chức nghiên cứu, học sinh sinh viên, bạn đọc quốc tế.'],
      channel: ['Kênh (channel)'],
      publishDate: ['Ngày đăng (publish date)'],
      byline: ['Tác giả (byline)'],
      source: ['Nguồn (source)'],
      relatedDocuments: ['Văn bản liên quan'],
      relatedArticles: ['Bài viết liên quan'],
      relatedTasks: ['Nhiệm vụ KH&CN liên quan'],
      featured: ['Bài nổi bật (featured)'],
      seo: ['Tối ưu tìm kiếm (SEO)'],
      ...OWNER,
      ...SCHEDULE,
    },
  },
  'api::resolution-document.resolution-document': {
    mainField: 'number',
    sort: ['issueDate', 'DESC'],
    list: ['id', 'number', 'title', 'docType', 'issueDate', 'legalStatus'],
    fields: {
      number: ['Số, ký hiệu (number/symbol)', 'Ví dụ: 57-NQ/TW, 03/NQ-CP, 193/2025/QH15, 1169/QĐ-TTg.'],
      slug: ['Đường dẫn (slug)', 'Để trống: hệ thống tạo từ số, ký hiệu.'],
      docType: ['Loại văn bản (type)'],
      title: ['Tên văn bản (title)'],
      issuer: ['Cơ quan ban hành (issuer)'],
      signer: ['Người ký (signer)'],
      issueDate: ['Ngày ban hành (issue date)'],
      effectiveDate: ['Ngày có hiệu lực (effective date)'],
      legalStatus: ['Tình trạng hiệu lực (status)'],
      summary: ['Trích yếu (summary)'],
      fullText: ['Toàn văn (full text)', 'Không bắt buộc; Markdown.'],
      attachments: ['Tệp đính kèm (PDF, DOCX)'],
      relatedDocuments: ['Văn bản liên quan'],
      ...OWNER,
    },
  },
  'api::campaign.campaign': {
    mainField: 'title',
    sort: ['startDate', 'DESC'],
    list: ['id', 'title', 'startDate', 'endDate'],
    fields: {
      title: ['Tên chiến dịch (title)'],
      slug: ['Đường dẫn (slug)'],
      description: ['Mô tả (description)', 'Markdown.'],
      startDate: ['Ngày bắt đầu'],
      endDate: ['Ngày kết thúc', 'Không sớm hơn ngày bắt đầu.'],
      audiences: ['Đối tượng (audiences)'],
      assets: ['Tài liệu truyền thông (assets)', 'Ảnh, infographic, áp phích, banner, video, tài liệu.'],
      ...OWNER,
      ...SCHEDULE,
    },
  },
  'api::honour.honour': {
    mainField: 'recipient',
    sort: ['date', 'DESC'],
    list: ['id', 'recipient', 'kind', 'date'],
    fields: {
      recipient: ['Người/tập thể được khen (recipient)'],
      kind: ['Loại (kind)'],
      reason: ['Thành tích (reason)'],
      decisionRef: ['Quyết định khen thưởng (decision)'],
      date: ['Ngày (date)'],
      photo: ['Ảnh (photo)'],
      photoAlt: ['Mô tả ảnh (alt text)', 'Bắt buộc khi có ảnh.'],
      ...OWNER,
    },
  },
  'api::st-task.st-task': {
    mainField: 'code',
    sort: ['startDate', 'DESC'],
    list: ['id', 'code', 'title', 'taskStatus', 'stateFunded'],
    fields: {
      code: ['Mã nhiệm vụ (code)', 'Duy nhất trong cơ quan.'],
      title: ['Tên nhiệm vụ (title)'],
      host: ['Tổ chức chủ trì (host)'],
      stateFunded: ['Sử dụng ngân sách nhà nước (state-funded)'],
      secret: ['Thuộc bí mật nhà nước (secret)', 'Nhiệm vụ mật không bao giờ được đưa ra chuyên mục.'],
      startDate: ['Ngày bắt đầu'],
      endDate: ['Ngày kết thúc'],
      taskStatus: ['Tình trạng (status)'],
      articles: ['Bài viết về nhiệm vụ'],
      ...OWNER,
    },
  },
  'api::body.body': {
    mainField: 'nameVi',
    sort: ['slug', 'ASC'],
    list: ['id', 'nameVi', 'slug', 'administrativeCode', 'englishEnabled'],
    fields: {
      nameVi: ['Tên (tiếng Việt)'],
      nameEn: ['Tên (tiếng Anh)'],
      shortNameVi: ['Tên ngắn (tiếng Việt)'],
      shortNameEn: ['Tên ngắn (tiếng Anh)'],
      abbreviation: ['Viết tắt'],
      slug: ['Định danh (slug)', 'Dùng trong đường dẫn và mã nhúng; không nên đổi.'],
      kindHistory: [
        'Loại hình theo thời gian',
        'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh, thành phố trực thuộc trung ương; kèm ngày có hiệu lực.',
      ],
      administrativeCode: ['Mã đơn vị hành chính'],
      mergedFrom: ['Hợp nhất từ'],
      portalUrl: ['Cổng thông tin điện tử'],
      publicBaseUrl: ['Địa chỉ công khai của chuyên mục (origin)', 'Ví dụ: https://hanoi.gov.vn'],
      basePath: ['Đường dẫn gốc của chuyên mục', 'Ví dụ: /nghi-quyet-57/'],
      logo: ['Biểu trưng (logo)'],
      banner: ['Ảnh bìa (banner)'],
      primaryColor: ['Màu chính', 'Dạng #rrggbb.'],
      secondaryColor: ['Màu phụ', 'Dạng #rrggbb.'],
      contact: ['Liên hệ'],
      englishEnabled: ['Có bản tiếng Anh'],
      embedOrigins: ['Nguồn được phép nhúng', 'Mỗi dòng một nguồn, ví dụ https://hanoi.gov.vn'],
      factsToCheck: OWNER.factsToCheck,
    },
  },
  'api::topic.topic': {
    mainField: 'nameVi',
    fields: {
      slug: ['Định danh (slug)'],
      nameVi: ['Tên (tiếng Việt)'],
      nameEn: ['Tên (tiếng Anh)'],
      descriptionVi: ['Mô tả (tiếng Việt)'],
      descriptionEn: ['Mô tả (tiếng Anh)'],
    },
  },
  'api::audience.audience': {
    mainField: 'nameVi',
    fields: {
      code: ['Mã'],
      slug: ['Định danh (slug)'],
      nameVi: ['Tên (tiếng Việt)'],
      nameEn: ['Tên (tiếng Anh)'],
      descriptionVi: ['Mô tả (tiếng Việt)'],
      descriptionEn: ['Mô tả (tiếng Anh)'],
    },
  },
  'api::monthly-report.monthly-report': {
    mainField: 'month',
    sort: ['month', 'DESC'],
    list: ['id', 'month', 'version', 'reportStatus', 'overdue', 'submittedAt'],
    fields: {
      month: ['Tháng báo cáo (month)', 'Dạng NNNN-TT. Kỳ báo cáo tính từ ngày 15 tháng trước đến ngày 14 tháng này; hạn nộp ngày 20.'],
      version: ['Phiên bản (version)', 'Bản sửa đổi là một phiên bản mới; các phiên bản đã nộp được giữ nguyên.'],
      reportStatus: ['Tình trạng (status)', 'Bản nháp hoặc đã nộp; người duyệt đăng nộp báo cáo ở trang "Báo cáo Chương trình 1169".'],
      overdue: ['Quá hạn (overdue)'],
      late: ['Nộp muộn (late)'],
      submittedAt: ['Thời điểm nộp'],
      submittedBy: ['Người nộp'],
      figures: ['Số liệu từ chuyên mục (computed)', 'Tính tự động từ nội dung đã xuất bản; cố định khi nộp.'],
      figuresAt: ['Số liệu tính lúc'],
      amendmentReason: ['Lý do sửa đổi'],
      ...Object.fromEntries(ENTERED_FIELDS.map((f): [string, Field] => [f.key, [`${f.vi} (${f.en})`]])),
      body: OWNER.body,
    },
  },
  'api::annual-plan.annual-plan': {
    mainField: 'title',
    sort: ['year', 'DESC'],
    list: ['id', 'year', 'documentNumber', 'documentDate', 'title'],
    fields: {
      year: ['Năm kế hoạch (year)'],
      documentNumber: ['Số, ký hiệu kế hoạch', 'Ví dụ: 125/KH-UBND.'],
      documentDate: ['Ngày ban hành'],
      title: ['Tên kế hoạch'],
      activities: ['Hoạt động và dự toán kinh phí (đồng)', 'Mỗi hoạt động một dòng, kinh phí tính bằng đồng.'],
      body: OWNER.body,
    },
  },
  'api::membership.membership': { fields: { user: ['Tài khoản', 'Tài khoản quản trị viết cho cơ quan này.'], body: ['Cơ quan'] } },
};

export async function applyAdminLabels(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  if ((await store.get({ key: 'adminLabelsVersion' })) === LABELS_VERSION) return;
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, labels] of Object.entries(LABELS)) {
    const current = await service.findConfiguration({ uid });
    const metadatas = { ...current.metadatas };
    for (const [field, [label, description]] of Object.entries(labels.fields)) {
      if (!metadatas[field]) continue;
      metadatas[field] = {
        edit: { ...metadatas[field].edit, label, ...(description ? { description } : {}) },
        list: { ...metadatas[field].list, label: label.replace(/ \(.*\)$/, '') },
      };
    }
    const settings = {
      ...current.settings,
      ...(labels.mainField ? { mainField: labels.mainField } : {}),
      ...(labels.sort ? { defaultSortBy: labels.sort[0], defaultSortOrder: labels.sort[1] } : {}),
    };
    const layouts = { ...current.layouts, ...(labels.list ? { list: labels.list } : {}) };
    await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
  }
  await store.set({ key: 'adminLabelsVersion', value: LABELS_VERSION });
}
