import { defineCatalogue, defineVocabulary } from '@column57/i18n';

/**
 * What review says, on the server (errors, named by field, Vietnamese first) and in the admin panel (the
 * state of an entry). This file imports the catalogue mechanism only: the admin panel bundles it.
 */
export const REVIEW_STATE = defineVocabulary('cms/review-state', ['submitted', 'returned', 'approved', 'unreviewed'], {
  submitted: { vi: 'Chờ duyệt', en: 'awaiting review' },
  returned: { vi: 'Bị trả lại', en: 'returned' },
  approved: { vi: 'Đã duyệt', en: 'reviewed' },
  unreviewed: { vi: 'Đăng không qua duyệt', en: 'published without review' },
});

export const REVIEW_TEXT = defineCatalogue('cms/review', {
  vi: {
    notReviewedType: ({ type }: { type: string }) => `Loại nội dung "${type}" không có quy trình duyệt; hãy mở bài từ Quản lý nội dung`,
    entryMissing: 'Không tìm thấy bài này; có thể bài đã bị xoá, hãy tải lại trang',
    notYours: 'Bài này không thuộc cơ quan của bạn nên bạn không gửi duyệt, trả lại hay đăng được',
    publishersOnly: 'Chỉ người duyệt (publisher) của cơ quan mới trả lại, duyệt hoặc đăng bài',
    noteTooLong: 'Lời nhắn dài quá 2000 ký tự; hãy rút gọn',
    commentMissing: 'Chưa có lời nhắn khi trả lại; hãy ghi điều biên tập viên cần sửa',
    notAwaitingReview: 'Bài này không ở trạng thái "Chờ duyệt" nên không trả lại được; hãy tải lại hàng đợi',
    reasonMissing:
      'Bài chưa được duyệt; hãy để biên tập viên "Gửi duyệt" và đăng từ trang "Chờ duyệt", hoặc ghi lý do đăng không qua duyệt',
    publishNeedsReview:
      'Bài chưa được duyệt nên không đăng thẳng được; hãy bấm "Gửi duyệt", rồi người duyệt đăng từ trang "Chờ duyệt" ' +
      '(hoặc đăng kèm lý do ở đó)',
    scheduleNeedsReview:
      'Bài đã đến giờ đăng theo lịch nhưng chưa được duyệt nên chưa đăng; người duyệt của cơ quan hãy mở bài và bấm "Duyệt" ' +
      '(bài sẽ lên ở lần kiểm tra lịch kế tiếp) hoặc đăng kèm lý do',
    newEntry: 'Bài mới, chưa từng đăng',
    noChange: 'Không có thay đổi so với bản đang đăng',
  },
  en: {
    notReviewedType: ({ type }) => `content type "${type}" has no review; open the entry from the content manager`,
    entryMissing: 'entry not found; it may have been deleted, reload the page',
    notYours: 'this entry does not belong to your body, so you cannot submit, return or publish it',
    publishersOnly: "only the body's publishers return, approve or publish an entry",
    noteTooLong: 'the note is longer than 2000 characters; shorten it',
    commentMissing: 'no comment given with the return; write what the editor should fix',
    notAwaitingReview: 'this entry is not awaiting review, so it cannot be returned; reload the queue',
    reasonMissing:
      'the entry has not been reviewed; let the editor submit it and publish it from the review queue, ' +
      'or give a reason to publish without review',
    publishNeedsReview:
      'the entry has not been reviewed, so it cannot be published directly; submit it for review, then a publisher ' +
      'publishes it from the review queue (or there with a reason)',
    scheduleNeedsReview:
      "the entry's scheduled time has come but it has not been reviewed, so it was not published; a publisher of the body " +
      'opens it and presses "Approve" (it goes up at the next schedule check) or publishes it with a reason',
    newEntry: 'new entry, never published',
    noChange: 'no change from the published version',
  },
});
