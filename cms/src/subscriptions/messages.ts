import { defineCatalogue } from '@column57/i18n';

type Column = { column: string };
type Count = { count: number };
type Field = { field: string };

/**
 * What a reader meets when subscribing by mail (issue 18): the pages the CMS answers the column's form with,
 * the confirmation, news and digest mails (in the language the reader chose), and the errors of the form.
 * Log lines and errors for operators are said with `both`.
 */
export const SUBSCRIPTION_TEXT = defineCatalogue('cms/subscriptions', {
  vi: {
    hubName: 'Các chuyên mục Nghị quyết 57 trên cả nước',
    // Answer pages.
    checkInboxTitle: 'Hãy kiểm tra hộp thư',
    checkInbox: ({ column }: Column) =>
      `Nếu địa chỉ hợp lệ, chúng tôi vừa gửi một thư xác nhận. Bấm liên kết trong thư để bắt đầu nhận tin của ${column}. ` +
      'Liên kết có hiệu lực trong 7 ngày; nếu không xác nhận, địa chỉ của bạn sẽ bị xoá.',
    confirmedTitle: 'Đã xác nhận đăng ký',
    confirmed: ({ column }: Column) => `Từ nay bạn sẽ nhận tin của ${column} qua thư. Mỗi thư đều có liên kết để hủy đăng ký.`,
    unknownLinkTitle: 'Liên kết không còn hiệu lực',
    unknownLink: 'Liên kết này đã được dùng, đã hết hạn hoặc không đúng. Bạn có thể đăng ký lại từ trang của chuyên mục.',
    unsubscribeTitle: 'Hủy đăng ký nhận tin',
    unsubscribeAsk: ({ column }: Column) => `Bấm nút dưới đây để thôi nhận tin của ${column} qua thư.`,
    unsubscribeButton: 'Hủy đăng ký',
    unsubscribedTitle: 'Đã hủy đăng ký',
    unsubscribed: 'Bạn sẽ không nhận thêm thư nào. Địa chỉ của bạn đã được xoá khỏi danh sách.',
    back: 'Quay lại chuyên mục',
    refusedTitle: 'Chưa đăng ký được',
    tooMany: 'Có quá nhiều yêu cầu đăng ký trong thời gian ngắn. Vui lòng thử lại sau ít phút.',
    unavailable: 'Dịch vụ thư của chuyên mục đang tạm ngừng. Vui lòng thử lại sau.',
    // Form errors: the field, then the fix.
    invalid: ({ field }: Field) => `Trường "${field}" không hợp lệ.`,
    emailInvalid: 'Trường "email": hãy nhập một địa chỉ thư đầy đủ, ví dụ ten@vi-du.vn.',
    bodyUnknown: 'Trường "body": chuyên mục này không có trong hệ thống; hãy đăng ký từ trang của chuyên mục.',
    scopeInvalid: 'Trường "scope": hãy chọn nhận mọi tin, một chủ đề, một đối tượng hoặc văn bản mới.',
    topicUnknown: 'Trường "topic": hãy chọn một chủ đề trong danh sách.',
    audienceUnknown: 'Trường "audience": hãy chọn một đối tượng trong danh sách.',
    frequencyInvalid: 'Trường "frequency": hãy chọn ngay khi đăng, hằng ngày hoặc hằng tuần.',
    // Mails.
    confirmSubject: ({ column }: Column) => `Xác nhận đăng ký nhận tin: ${column}`,
    confirmIntro: ({ column }: Column) => `Có người (có thể là bạn) vừa đăng ký địa chỉ này để nhận tin của ${column}.`,
    confirmWhat: ({ what, how }: { what: string; how: string }) => `Nội dung: ${what}. Tần suất: ${how}.`,
    confirmAction: 'Xác nhận đăng ký',
    confirmIgnore: 'Nếu không phải bạn, hãy bỏ qua thư này: bạn sẽ không nhận thêm thư nào và địa chỉ sẽ bị xoá sau 7 ngày.',
    newsSubject: ({ column, title }: Column & { title: string }) => `${column}: ${title}`,
    digestSubject: ({ column, count }: Column & Count) => `${column}: ${count} tin mới`,
    dailyIntro: ({ count }: Count) => `${count} tin mới trong ngày qua:`,
    weeklyIntro: ({ count }: Count) => `${count} tin mới trong tuần qua:`,
    newsIntro: 'Tin mới đăng:',
    read: 'Đọc tiếp',
    whyYouGetThis: ({ column, what, how }: Column & { what: string; how: string }) =>
      `Bạn nhận thư này vì đã đăng ký nhận tin của ${column} (${what}, ${how}).`,
    unsubscribeLink: 'Hủy đăng ký',
    documentLabel: 'Văn bản',
    listForbidden: 'chỉ người duyệt đăng của cơ quan (hoặc quản trị viên) xem được danh sách người đăng ký của cơ quan',
    // Mail reports (bounces and complaints) handed over by the mail server.
    reportsOff: 'chưa bật nhận báo cáo thư trả về (đặt COLUMN57_MAIL_REPORTS_SECRET)',
    reportsRefused: 'sai hoặc thiếu mã bí mật (Authorization: Bearer COLUMN57_MAIL_REPORTS_SECRET)',
    reportsNotAMail: 'hãy gửi nguyên bức thư trả về, với Content-Type: message/rfc822',
    reportsTooLarge: 'thư trả về quá lớn (tối đa 5 MB)',
    reportDropped: ({ kind, count }: { kind: string; count: number }) =>
      `${kind === 'bounce' ? 'thư bị trả về vĩnh viễn' : 'người đọc báo thư là rác'}: đã hủy ${count} đăng ký`,
    // Logs.
    bounced: ({ to }: { to: string }) => `máy chủ thư từ chối vĩnh viễn địa chỉ ${to}: đã hủy đăng ký của địa chỉ này`,
    cycleFailed: ({ error }: { error: string }) => `gửi thư cho người đăng ký không được: ${error}`,
    newsFailed: ({ column, error }: { column: string; error: string }) =>
      `không lấy được tin mới của chuyên mục ${column} cho người đăng ký (sẽ thử lại ở lượt sau): ${error}`,
  },
  en: {
    hubName: 'Resolution 57 columns across Vietnam',
    checkInboxTitle: 'Check your inbox',
    checkInbox: ({ column }: Column) =>
      `If the address is valid, we have just sent a confirmation mail. Follow its link to start getting news from ${column}. ` +
      'The link works for 7 days; if it is not confirmed, your address is deleted.',
    confirmedTitle: 'Subscription confirmed',
    confirmed: ({ column }: Column) => `From now on you will get news from ${column} by mail. Every mail has a link to unsubscribe.`,
    unknownLinkTitle: 'This link no longer works',
    unknownLink: 'This link has been used, has expired or is wrong. You can subscribe again from the column.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeAsk: ({ column }: Column) => `Press the button below to stop getting news from ${column} by mail.`,
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribed: 'You will get no more mail. Your address has been deleted from the list.',
    back: 'Back to the column',
    refusedTitle: 'Not subscribed yet',
    tooMany: 'Too many subscription requests in a short time. Please try again in a few minutes.',
    unavailable: "The column's mail service is paused. Please try again later.",
    invalid: ({ field }: Field) => `The field "${field}" is not valid.`,
    emailInvalid: 'Field "email": enter a full mail address, such as name@example.vn.',
    bodyUnknown: 'Field "body": this column is not known here; subscribe from the column itself.',
    scopeInvalid: 'Field "scope": choose everything, one topic, one audience or new documents.',
    topicUnknown: 'Field "topic": choose a topic from the list.',
    audienceUnknown: 'Field "audience": choose an audience from the list.',
    frequencyInvalid: 'Field "frequency": choose as published, daily or weekly.',
    confirmSubject: ({ column }: Column) => `Confirm your subscription: ${column}`,
    confirmIntro: ({ column }: Column) => `Someone (probably you) has just asked for news from ${column} at this address.`,
    confirmWhat: ({ what, how }: { what: string; how: string }) => `What: ${what}. How often: ${how}.`,
    confirmAction: 'Confirm the subscription',
    confirmIgnore: 'If it was not you, ignore this mail: you will get nothing more, and the address is deleted after 7 days.',
    newsSubject: ({ column, title }: Column & { title: string }) => `${column}: ${title}`,
    digestSubject: ({ column, count }: Column & Count) => `${column}: ${count} new items`,
    dailyIntro: ({ count }: Count) => `${count} new items in the past day:`,
    weeklyIntro: ({ count }: Count) => `${count} new items in the past week:`,
    newsIntro: 'Just published:',
    read: 'Read on',
    whyYouGetThis: ({ column, what, how }: Column & { what: string; how: string }) =>
      `You get this mail because you subscribed to news from ${column} (${what}, ${how}).`,
    unsubscribeLink: 'Unsubscribe',
    documentLabel: 'Document',
    listForbidden: "only the body's publishers (or the administrator) may see the body's list of subscribers",
    reportsOff: 'mail reports are not taken (set COLUMN57_MAIL_REPORTS_SECRET)',
    reportsRefused: 'the secret is wrong or missing (Authorization: Bearer COLUMN57_MAIL_REPORTS_SECRET)',
    reportsNotAMail: 'send the returned mail whole, with Content-Type: message/rfc822',
    reportsTooLarge: 'the returned mail is too large (5 MB at most)',
    reportDropped: ({ kind, count }: { kind: string; count: number }) =>
      `${kind === 'bounce' ? 'a mail bounced for good' : 'a reader reported a mail as spam'}: ${count} subscriptions dropped`,
    bounced: ({ to }: { to: string }) => `the mail server refused ${to} for good: its subscriptions are cancelled`,
    cycleFailed: ({ error }: { error: string }) => `sending the subscribers' mail failed: ${error}`,
    newsFailed: ({ column, error }: { column: string; error: string }) =>
      `the news of column ${column} could not be read for its subscribers (tried again next time): ${error}`,
  },
});
