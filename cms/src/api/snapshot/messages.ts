import { defineCatalogue } from '@column57/i18n';

/**
 * What the snapshot and preview endpoints answer when a request or a stored entry is wrong. The caller is
 * the build service or an operator's tool, whose reader's language is unknown: said with `both`.
 */
export const SNAPSHOT_API_TEXT = defineCatalogue('cms/snapshot-api', {
  vi: {
    previewsOnlyForToken: ({ token }: { token: string }) => `bản xem trước chỉ dành cho token "${token}"`,
    noPreview: ({ uid }: { uid: string }) => `"${uid}" không có bản xem trước; bài viết, chiến dịch và văn bản thì có`,
    sinceNotIso: ({ since }: { since: string }) => `"${since}" không phải thời điểm ISO 8601; hãy viết như 2026-11-01T00:00:00Z`,
    requiredEmpty: ({ entry, field }: { entry: string; field: string }) => `${entry}: trường bắt buộc "${field}" đang trống`,
    notOneOf: ({ value, codes }: { value: string; codes: string }) => `"${value}" không thuộc ${codes}`,
    noDraft: ({ uid, documentId }: { uid: string; documentId: string }) => `không có bản nháp ${uid} ${documentId}`,
    noBody: ({ slug }: { slug: string }) => `không có cơ quan với slug "${slug}"`,
  },
  en: {
    previewsOnlyForToken: ({ token }) => `previews are only for the "${token}" token`,
    noPreview: ({ uid }) => `"${uid}" has no preview; articles, campaigns and documents do`,
    sinceNotIso: ({ since }) => `"${since}" is not an ISO 8601 time; use e.g. 2026-11-01T00:00:00Z`,
    requiredEmpty: ({ entry, field }) => `${entry}: required field "${field}" is empty`,
    notOneOf: ({ value, codes }) => `"${value}" is not one of ${codes}`,
    noDraft: ({ uid, documentId }) => `no draft ${uid} ${documentId}`,
    noBody: ({ slug }) => `no body with slug "${slug}"`,
  },
});
