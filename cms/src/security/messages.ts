import { defineCatalogue } from '@column57/i18n';

/**
 * Why a password or a setting is refused. A refused password reads "what is wrong; how to fix it" in each
 * language (admin-password.ts joins the two keys), so the advice is written once for every reason.
 */
export const SECURITY_TEXT = defineCatalogue('cms/security', {
  vi: {
    passwordAdvice: ({ minLength, passphraseLength }: { minLength: number; passphraseLength: number }) =>
      `hãy dùng ít nhất ${minLength} ký tự gồm chữ và số, hoặc một câu từ ${passphraseLength} ký tự, ` +
      'ví dụ "Hoa-sen-nở-giữa-hồ-57", và không chứa tên trong e-mail',
    passwordMissing: 'Chưa nhập mật khẩu',
    passwordTooShort: ({ length, minLength }: { length: number; minLength: number }) =>
      `Mật khẩu chỉ có ${length} ký tự, cần ít nhất ${minLength}`,
    passwordNeedsLettersAndDigits: 'Mật khẩu cần có cả chữ và số (trừ khi là một câu dài)',
    passwordGuessable: 'Mật khẩu quá phổ biến hoặc dễ đoán (một từ thông dụng thêm số, hay một dãy ký tự liền nhau)',
    passwordContainsName: ({ name }: { name: string }) => `Mật khẩu chứa tên tài khoản "${name}" trong địa chỉ e-mail`,
    /** Follows the variable's name and the refused values: "COLUMN57_CORS_ORIGINS: "x" không phải …". */
    corsNotOrigins:
      'không phải nguồn (origin) hợp lệ; ' +
      'hãy ghi các nguồn cách nhau bằng dấu phẩy, dạng https://cong.tinh.gov.vn ' +
      '(chữ thường, không có đường dẫn, không có "/" ở cuối, không dùng "*")',
  },
  en: {
    passwordAdvice: ({ minLength, passphraseLength }) =>
      `use at least ${minLength} characters with letters and digits, or a sentence of ${passphraseLength} or more, ` +
      'e.g. "Lotus-blooms-on-lake-57", without the name in your e-mail',
    passwordMissing: 'no password given',
    passwordTooShort: ({ length, minLength }) => `the password has ${length} characters, ${minLength} are needed`,
    passwordNeedsLettersAndDigits: 'the password needs both letters and digits (unless it is a long sentence)',
    passwordGuessable: 'the password is common or easy to guess (a common word with digits, or a run of characters)',
    passwordContainsName: ({ name }) => `the password contains "${name}" from the account's e-mail address`,
    corsNotOrigins:
      'not an origin; list origins separated by commas, like https://portal.province.gov.vn ' +
      '(lowercase, no path, no trailing "/", no "*")',
  },
});
