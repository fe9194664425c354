import { type Bilingual, defineCatalogue } from '@column57/i18n';

/**
 * What the access layer tells a person it refuses, and the names it gives roles, conditions and tokens in
 * the admin panel. A refusal reads as two sentences, Vietnamese then English (`sentences`); a name as the
 * Vietnamese with the English in brackets (`withEnglish`), the way these texts have always been shown.
 */
export const ACCESS_TEXT = defineCatalogue('cms/access', {
  vi: {
    mailAdministratorsOnly: 'Chỉ quản trị viên được gửi thư qua máy chủ thư của CMS.',
    conditionOwnBody: 'Thuộc cơ quan của tài khoản',
    conditionNational: 'Nội dung toàn quốc',
    conditionProgrammeOffice: 'Cơ quan thường trực Chương trình, xem mọi báo cáo',
    conditionOwnBodyMedia: 'Tệp do người cùng cơ quan tải lên',
    useOrChangeRefused: ({ whose, field }: { whose: string; field: string }) =>
      `Không được phép dùng hay sửa nội dung ${whose} (${field}).`,
    ofAnotherBody: 'của cơ quan khác',
    outsideAccountScope: 'ngoài phạm vi của tài khoản',
    actionRefused: ({ action, who }: { action: string; who: string }) => `Không được phép ${action} nội dung ngoài ${who}.`,
    anotherBody: 'cơ quan khác',
    accountScope: 'phạm vi của tài khoản',
    ownBody: 'cơ quan mình',
    read: 'xem',
    create: 'tạo',
    change: 'sửa',
    publish: 'xuất bản',
    delete: 'xoá',
    relationOutsideScope:
      'chỉ được liên kết tới nội dung của cơ quan mình (hoặc nội dung toàn quốc) mà bạn xem được; ' +
      'hãy chọn trong danh sách gợi ý của ô này',
    deleteOwnFilesOnly: 'Chỉ được xoá tệp do cơ quan mình tải lên.',
    moveOwnFilesOnly: 'Chỉ được di chuyển tệp, thư mục của cơ quan mình vào thư mục của cơ quan mình.',
    generatorToken: 'Đọc nội dung đã xuất bản cho trình tạo chuyên mục.',
    reportToken: 'Xuất báo cáo Chương trình 1169 (không đọc được gì khác).',
    bodyEditor: 'Biên tập viên cơ quan',
    bodyEditorDescription: 'Viết và sửa bản nháp cho chuyên mục của cơ quan mình; không xuất bản.',
    bodyPublisher: 'Người duyệt đăng cơ quan',
    bodyPublisherDescription: 'Như biên tập viên, và được xuất bản, gỡ, xoá nội dung của cơ quan mình.',
    nationalEditor: 'Biên tập viên toàn quốc',
    nationalEditorDescription: 'Quản lý văn bản, chiến dịch toàn quốc, chủ đề và danh mục cơ quan.',
    conditionOwnCommunes: 'Xã, phường, đặc khu thuộc tỉnh, thành phố của tài khoản',
    ownCommunesOnly:
      'Chỉ người duyệt đăng của tỉnh, thành phố (và quản trị viên) được tạo, sửa các xã, phường, đặc khu của tỉnh, thành phố mình; ' +
      'không được xoá đơn vị hay chuyển sang tỉnh khác.',
  },
  en: {
    mailAdministratorsOnly: 'Only administrators may send mail through the CMS.',
    conditionOwnBody: 'own body',
    conditionNational: 'national',
    conditionProgrammeOffice: 'programme office',
    conditionOwnBodyMedia: 'own body media',
    useOrChangeRefused: ({ whose, field }) => `You may not use or change content ${whose} (${field}).`,
    ofAnotherBody: 'of another body',
    outsideAccountScope: "outside your account's scope",
    actionRefused: ({ action, who }) => `You may not ${action} content outside ${who}.`,
    anotherBody: 'another body',
    accountScope: "your account's scope",
    ownBody: 'your own body',
    read: 'read',
    create: 'create',
    change: 'change',
    publish: 'publish',
    delete: 'delete',
    relationOutsideScope:
      "you may link only to content of your own body (or national content) that you can read; pick from this field's suggestions",
    deleteOwnFilesOnly: 'You may delete only files your own body uploaded.',
    moveOwnFilesOnly: "You may move only your own body's files and folders, into your own body's folders.",
    generatorToken: 'Reads published content for the column generator.',
    reportToken: 'Exports programme reports, nothing else.',
    bodyEditor: 'body editor',
    bodyEditorDescription: 'Writes drafts for their own body; cannot publish.',
    bodyPublisher: 'body publisher',
    bodyPublisherDescription: "Also publishes, unpublishes and deletes their own body's content.",
    nationalEditor: 'national editor',
    nationalEditorDescription: 'Manages national documents and campaigns, topics and bodies.',
    conditionOwnCommunes: 'communes of own province',
    ownCommunesOnly:
      "Only a province's publishers (and the administrator) create and edit that province's communes, wards and special zones; " +
      'a unit is never deleted or moved to another province this way.',
  },
});

/** "Vietnamese sentence. English sentence.": a refusal or a description read by either reader. */
export const sentences = (text: Bilingual) => `${text.vi} ${text.en}`;

/** "Vietnamese name (English name)": a role's or a condition's name in the admin panel. */
export const withEnglish = (text: Bilingual) => `${text.vi} (${text.en})`;
