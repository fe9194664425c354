import { defineCatalogue } from '@column57/i18n';

/** The column's page to get its news by mail (views/Subscribe.astro); the CMS answers the form (issue 18). */
export const SUBSCRIBE_TEXT = defineCatalogue('sites/subscribe', {
  vi: {
    title: 'Nhận tin qua thư điện tử',
    nav: 'Nhận tin qua thư',
    intro: 'Nhận tin mới của chuyên mục vào hộp thư của bạn, ngay khi đăng hoặc tóm tắt theo ngày, theo tuần.',
    email: 'Địa chỉ thư điện tử',
    emailHint: 'Ví dụ: ten@vi-du.vn',
    what: 'Bạn muốn nhận',
    topic: 'Chủ đề',
    audience: 'Đối tượng',
    how: 'Bao lâu một lần',
    submit: 'Đăng ký nhận tin',
    privacy:
      'Chúng tôi chỉ lưu địa chỉ thư và lựa chọn của bạn, chỉ để gửi tin của chuyên mục này. Bạn sẽ nhận một thư xác nhận; ' +
      'nếu không bấm xác nhận, địa chỉ sẽ bị xoá sau 7 ngày. Mỗi thư sau đó đều có liên kết hủy đăng ký.',
    hubLink: 'Nhận bài mới của mọi chuyên mục qua thư điện tử',
    hubIntro: 'Nhận bài mới của mọi chuyên mục Nghị quyết 57 trên cả nước trong một thư, ngay khi đăng hoặc tóm tắt theo ngày, theo tuần.',
    privacyHub:
      'Chúng tôi chỉ lưu địa chỉ thư và lựa chọn của bạn, chỉ để gửi bài mới của các chuyên mục. Bạn sẽ nhận một thư xác nhận; ' +
      'nếu không bấm xác nhận, địa chỉ sẽ bị xoá sau 7 ngày. Mỗi thư sau đó đều có liên kết hủy đăng ký.',
    honeypot: 'Để trống ô này',
    feeds: 'Muốn theo dõi bằng trình đọc tin? Chuyên mục có nguồn tin RSS.',
  },
  en: {
    title: 'Get the news by email',
    nav: 'News by email',
    intro: "Get the column's new items in your inbox, as they are published or as a daily or weekly digest.",
    email: 'Email address',
    emailHint: 'For example: name@example.vn',
    what: 'What you want',
    topic: 'Topic',
    audience: 'Audience',
    how: 'How often',
    submit: 'Subscribe',
    privacy:
      "We keep only your address and your choice, and use them only to send this column's news. You will get a mail to " +
      'confirm; if you do not confirm, the address is deleted after 7 days. Every mail after that has a link to unsubscribe.',
    hubLink: 'Get the new articles of every column by email',
    hubIntro: 'Get the new articles of every Resolution 57 column across Vietnam in one mail, as published or as a daily or weekly digest.',
    privacyHub:
      "We keep only your address and your choice, and use them only to send the columns' new articles. You will get a mail to " +
      'confirm; if you do not confirm, the address is deleted after 7 days. Every mail after that has a link to unsubscribe.',
    honeypot: 'Leave this field empty',
    feeds: 'Rather use a feed reader? The column has RSS feeds.',
  },
});
