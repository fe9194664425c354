import { defineCatalogue } from '@column57/i18n';

/**
 * What the import of a province's commune list and the management of commune editors say: each problem of
 * a file names its row and column ("Dòng 7, cột «Mã»: …") and how to fix it, Vietnamese first.
 */
export const COMMUNES_TEXT = defineCatalogue('cms/communes', {
  vi: {
    atRowColumn: ({ row, column, problem }: { row: number; column: string; problem: string }) => `Dòng ${row}, cột «${column}»: ${problem}`,
    atFile: ({ problem }: { problem: string }) => `Tệp: ${problem}`,
    codeMissing: 'thiếu mã; hãy ghi mã 5 chữ số của xã, phường, đặc khu',
    codeNotFiveDigits: ({ value }: { value: string }) => `mã phải có 5 chữ số (đang là "${value}"), ví dụ 19789`,
    codeRepeated: ({ first }: { first: number }) => `mã này đã có ở dòng ${first}; mỗi đơn vị chỉ ghi một dòng`,
    codeOfOtherBody: ({ name }: { name: string }) =>
      `mã này đã thuộc ${name}, không phải đơn vị của tỉnh, thành phố này; hãy kiểm tra lại mã`,
    nameMissing: 'thiếu tên; hãy ghi tên đơn vị, ví dụ "Phường Thuận Hóa"',
    kindMissing: 'thiếu loại; hãy ghi Xã, Phường hoặc Đặc khu',
    kindUnknown: ({ value }: { value: string }) => `loại "${value}" không rõ; chỉ dùng Xã, Phường hoặc Đặc khu`,
    populationNotNumber: ({ value }: { value: string }) => `dân số "${value}" không phải số nguyên không âm; hãy ghi số, ví dụ 45210`,
    columnMissing: ({ column }: { column: string }) =>
      `không tìm thấy cột ${column}; dòng tiêu đề cần có các cột Mã, Tên, Loại (hoặc code, name, kind)`,
    noRows: 'tệp không có dòng dữ liệu nào dưới dòng tiêu đề',
    unreadable: ({ reason }: { reason: string }) => `không đọc được tệp (${reason}); hãy lưu lại dưới dạng CSV (UTF-8) hoặc XLSX`,
    formatUnknown: ({ name }: { name: string }) => `"${name}" không phải tệp .csv hay .xlsx; hãy chọn tệp CSV hoặc XLSX`,
    fileMissing: 'chưa có tệp; hãy chọn tệp CSV hoặc XLSX danh sách xã, phường',
    provinceUnknown: ({ slug }: { slug: string }) => `không có tỉnh, thành phố "${slug}"; hãy chọn tỉnh, thành phố trong danh sách`,
    notProvince: ({ name }: { name: string }) =>
      `${name} không phải tỉnh, thành phố trực thuộc trung ương; chỉ tỉnh, thành phố có xã, phường`,
    provinceRequired: 'hãy chọn tỉnh, thành phố cần nhập danh sách (province)',
    notYourProvince:
      'Chỉ người duyệt đăng của tỉnh, thành phố (và quản trị viên) được nhập danh sách và quản lý tài khoản các xã, phường của tỉnh mình.',
    communeUnknown: ({ slug }: { slug: string }) => `không có xã, phường, đặc khu "${slug}" thuộc tỉnh, thành phố của bạn`,
    emailMalformed: ({ email }: { email: string }) => `"${email}" không phải địa chỉ thư điện tử; hãy ghi dạng ten@xa.gov.vn`,
    emailTaken: ({ email }: { email: string }) => `đã có tài khoản dùng "${email}"; hãy dùng địa chỉ khác`,
    roleUnknown: ({ role }: { role: string }) => `vai trò "${role}" không dùng được; chọn body-editor hoặc body-publisher`,
    nameOfPersonMissing: 'hãy ghi họ và tên người dùng tài khoản',
    accountNotOfCommune: 'tài khoản này không thuộc xã, phường đã chọn',
  },
  en: {
    atRowColumn: ({ row, column, problem }) => `Row ${row}, column "${column}": ${problem}`,
    atFile: ({ problem }) => `File: ${problem}`,
    codeMissing: 'no code; write the five-digit code of the commune, ward or special zone',
    codeNotFiveDigits: ({ value }) => `a code has five digits (found "${value}"), e.g. 19789`,
    codeRepeated: ({ first }) => `this code is already on row ${first}; one row per unit`,
    codeOfOtherBody: ({ name }) => `this code already belongs to ${name}, not a unit of this province; check the code`,
    nameMissing: 'no name; write the unit\'s name, e.g. "Phường Thuận Hóa"',
    kindMissing: 'no kind; write Xã, Phường or Đặc khu (commune, ward, special zone)',
    kindUnknown: ({ value }) => `unknown kind "${value}"; use Xã, Phường or Đặc khu (commune, ward, special zone)`,
    populationNotNumber: ({ value }) => `population "${value}" is not a whole number; write a number, e.g. 45210`,
    columnMissing: ({ column }) => `no ${column} column; the header row needs the columns Mã, Tên, Loại (or code, name, kind)`,
    noRows: 'the file has no data rows under its header row',
    unreadable: ({ reason }) => `the file cannot be read (${reason}); save it as CSV (UTF-8) or XLSX`,
    formatUnknown: ({ name }) => `"${name}" is not a .csv or .xlsx file; choose a CSV or XLSX file`,
    fileMissing: 'no file; choose the CSV or XLSX list of communes',
    provinceUnknown: ({ slug }) => `there is no province "${slug}"; choose one from the list`,
    notProvince: ({ name }) => `${name} is not a province or centrally run city; only those have communes`,
    provinceRequired: 'choose the province whose list this is (province)',
    notYourProvince: "Only a province's publishers (and the administrator) import its commune list and manage its communes' accounts.",
    communeUnknown: ({ slug }) => `there is no commune "${slug}" in your province`,
    emailMalformed: ({ email }) => `"${email}" is not an email address; write it like name@commune.gov.vn`,
    emailTaken: ({ email }) => `an account already uses "${email}"; use another address`,
    roleUnknown: ({ role }) => `role "${role}" cannot be given here; choose body-editor or body-publisher`,
    nameOfPersonMissing: "write the account holder's first and last name",
    accountNotOfCommune: 'this account does not belong to the chosen commune',
  },
});

/** The column names a problem cites when the file gave none of its own (a missing column). */
export const COLUMN_NAMES = defineCatalogue('cms/communes/columns', {
  vi: { code: 'Mã', name: 'Tên', kind: 'Loại', population: 'Dân số' },
  en: { code: 'code', name: 'name', kind: 'kind', population: 'population' },
});
