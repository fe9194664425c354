import { defineCatalogue } from '@column57/i18n';
import { fieldsOf } from './labels';

/**
 * The fields several types share: who owns an entry, when it is published and taken down, and the
 * bilingual name, description and slug of the reference lists (topics, audiences).
 */
const SHARED_TEXT = defineCatalogue('cms/admin-labels/shared', {
  vi: {
    body: 'Cơ quan (body)',
    bodyHelp: 'Do hệ thống gán theo tài khoản biên tập; chỉ quản trị viên chọn tay.',
    national: 'Toàn quốc (national)',
    nationalHelp: 'Hiển thị trong chuyên mục của mọi cơ quan.',
    factsToCheck: 'Cần kiểm tra (facts to check)',
    factsToCheckHelp: 'Ghi chú nội bộ về dữ kiện chưa được xác nhận; không công bố.',
    publishAt: 'Hẹn giờ xuất bản (publish at)',
    publishAtHelp: 'Bản nháp được tự động xuất bản vào thời điểm này (mọi ngôn ngữ có bản nháp).',
    unpublishAt: 'Hẹn giờ gỡ (unpublish at)',
    unpublishAtHelp: 'Tự động gỡ khỏi chuyên mục vào thời điểm này; phải sau giờ hẹn xuất bản.',
    slug: 'Định danh (slug)',
    nameVi: 'Tên (tiếng Việt)',
    nameEn: 'Tên (tiếng Anh)',
    descriptionVi: 'Mô tả (tiếng Việt)',
    descriptionEn: 'Mô tả (tiếng Anh)',
    reviewState: 'Duyệt bài (review)',
    reviewSubmittedAt: 'Gửi duyệt lúc (submitted at)',
    reviewSubmittedBy: 'Người gửi duyệt (submitted by)',
    reviewNote: 'Lời nhắn gửi duyệt (note)',
    reviewComment: 'Lời nhắn trả lại (comment)',
    reviewReason: 'Lý do đăng không qua duyệt (reason)',
    reviewedBy: 'Người duyệt (reviewed by)',
    reviewedAt: 'Duyệt lúc (reviewed at)',
  },
  en: {
    body: 'Body',
    bodyHelp: "Set from the editor's account; only administrators choose it by hand.",
    national: 'National',
    nationalHelp: "Shown in every body's column.",
    factsToCheck: 'Facts to check',
    factsToCheckHelp: 'Internal notes on facts not yet confirmed; never published.',
    publishAt: 'Publish at',
    publishAtHelp: 'The draft is published automatically at this time (in every language that has a draft).',
    unpublishAt: 'Unpublish at',
    unpublishAtHelp: 'Taken off the column automatically at this time; must be after the scheduled publish.',
    slug: 'Slug',
    nameVi: 'Name (Vietnamese)',
    nameEn: 'Name (English)',
    descriptionVi: 'Description (Vietnamese)',
    descriptionEn: 'Description (English)',
    reviewState: 'Review',
    reviewSubmittedAt: 'Submitted at',
    reviewSubmittedBy: 'Submitted by',
    reviewNote: 'Note with the submission',
    reviewComment: 'Comment with the return',
    reviewReason: 'Reason to publish without review',
    reviewedBy: 'Reviewed by',
    reviewedAt: 'Reviewed at',
  },
});

const { body, national, factsToCheck, publishAt, unpublishAt, slug, nameVi, nameEn, descriptionVi, descriptionEn, ...review } =
  fieldsOf(SHARED_TEXT);
/** Who owns an entry: a body, or every body (national), and the notes kept before publishing. */
export const OWNER = { body, national, factsToCheck };
/** Scheduled publishing. */
export const SCHEDULE = { publishAt, unpublishAt };
/** A reference list's entry: its slug, and its name and description in both languages. */
export const NAMED = { slug, nameVi, nameEn, descriptionVi, descriptionEn };
/** The review fields (review/fields.ts) every draft-and-publish owned type carries: shown in the list, not in the form. */
export const REVIEW = review;
