import { defineCatalogue } from '@column57/i18n';

/**
 * What "Soạn từ Word" says: the .docx import's refusals (each names the field and the fix) and its report,
 * and what pasting from an office program reports in the editor. Vietnamese first.
 */
export const WORD_TEXT = defineCatalogue('cms/word', {
  vi: {
    notMember: 'Chỉ biên tập viên và người duyệt đăng của một cơ quan được soạn bài từ Word; tài khoản này chưa thuộc cơ quan nào.',
    fileMissing: 'Chưa có tệp (trường file); hãy chọn một tệp Word .docx.',
    notDocx: ({ name }: { name: string }) =>
      `"${name}" không phải tệp Word .docx (trường file); trong Word hãy chọn Tệp › Lưu thành › Tài liệu Word (.docx) rồi tải lên lại.`,
    unreadable: ({ name, reason }: { name: string; reason: string }) =>
      `Không đọc được tệp "${name}" (${reason}); hãy mở tệp trong Word, lưu lại thành .docx rồi tải lên lại.`,
    noText: ({ name }: { name: string }) => `Tệp "${name}" không có chữ nào để làm bài viết; hãy kiểm tra lại tệp.`,
    untitled: 'Bài viết từ Word',
    imageTypeSkipped: ({ index, type }: { index: number; type: string }) =>
      `Ảnh thứ ${index} (${type}) không đưa được vào bài; hãy lưu ảnh thành PNG hoặc JPEG rồi chèn qua Thư viện media.`,
    imageTooLarge: ({ index, size, limit }: { index: number; size: string; limit: string }) =>
      `Ảnh thứ ${index} nặng ${size}, quá giới hạn ${limit}; hãy nén ảnh rồi chèn qua Thư viện media.`,
    imageRefused: ({ index, reason }: { index: number; reason: string }) =>
      `Ảnh thứ ${index} không lưu được vào Thư viện media (${reason}); hãy chèn lại ảnh qua Thư viện media.`,
    altMissing: ({ count }: { count: number }) =>
      `${count} ảnh chưa có mô tả thay thế (alt): hãy viết mô tả vào giữa hai ngoặc vuông của ![](…) trước khi đăng.`,
    pasted: 'Đã chuyển nội dung dán từ Word/Google Docs sang Markdown.',
    pasteImagesLocal: ({ count }: { count: number }) =>
      `${count} ảnh nằm trên máy của bạn (file:) nên trình duyệt không gửi được; hãy tải ảnh lên Thư viện media rồi chèn vào bài.`,
    pasteImageFailed: ({ reason }: { reason: string }) => `Không tải được ảnh dán vào Thư viện media: ${reason}`,
    panelTitle: 'Soạn từ Word',
    panelIntro:
      'Chọn một tệp .docx: bài viết nháp mới được tạo với chữ, đề mục, bảng và ảnh (ảnh vào Thư viện media của cơ quan). ' +
      'Dán từ Word vào ô Nội dung cũng giữ định dạng.',
    pickFile: 'Chọn tệp .docx',
    importing: 'Đang chuyển tệp…',
    created: ({ title }: { title: string }) => `Đã tạo bài nháp "${title}".`,
    openDraft: 'Mở bài nháp',
  },
  en: {
    notMember: "Only a body's editors and publishers compose from Word; this account belongs to no body.",
    fileMissing: 'No file (field file); choose a Word .docx file.',
    notDocx: ({ name }) =>
      `"${name}" is not a Word .docx file (field file); in Word choose File › Save As › Word Document (.docx) and upload again.`,
    unreadable: ({ name, reason }) => `Could not read "${name}" (${reason}); open it in Word, save it again as .docx and upload again.`,
    noText: ({ name }) => `"${name}" has no text to make an article of; check the file.`,
    untitled: 'Article from Word',
    imageTypeSkipped: ({ index, type }) =>
      `Picture ${index} (${type}) cannot go into the article; save it as PNG or JPEG and insert it from the Media Library.`,
    imageTooLarge: ({ index, size, limit }) =>
      `Picture ${index} weighs ${size}, over the ${limit} limit; compress it and insert it from the Media Library.`,
    imageRefused: ({ index, reason }) =>
      `Picture ${index} could not be stored in the Media Library (${reason}); insert it again from the Media Library.`,
    altMissing: ({ count }) =>
      `${count} picture(s) have no alt text: write a description between the brackets of ![](…) before publishing.`,
    pasted: 'The text pasted from Word/Google Docs was converted to Markdown.',
    pasteImagesLocal: ({ count }) =>
      `${count} picture(s) are files on your computer (file:) that the browser cannot send; ` +
      'upload them to the Media Library and insert them.',
    pasteImageFailed: ({ reason }) => `A pasted picture could not be uploaded to the Media Library: ${reason}`,
    panelTitle: 'Compose from Word',
    panelIntro:
      'Choose a .docx file: a new draft article is made with its text, headings, tables and pictures ' +
      "(pictures go to the body's Media Library). " +
      'Pasting from Word into Content keeps the formatting too.',
    pickFile: 'Choose a .docx file',
    importing: 'Converting the file…',
    created: ({ title }) => `Draft "${title}" created.`,
    openDraft: 'Open the draft',
  },
});
