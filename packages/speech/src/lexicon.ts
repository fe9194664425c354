/**
 * The words the speech normaliser says: what a loudspeaker reads aloud in place of a figure, a symbol or an
 * abbreviation. This is spoken Vietnamese, the content of a bulletin, not interface text, so it is not a
 * catalogue (it has no English side); tests/i18n.unit.test.ts excuses this one file by name.
 *
 * Choices, each the one a northern announcer of a commune station would make and that the three voices read
 * alike: "linh" for a zero tens digit ("một trăm linh năm", the written standard, not "lẻ"); "tỷ", not "tỉ";
 * "phẩy" for the decimal comma; "tư" for a four after "mươi", after "thứ" and after "tháng"; days without
 * "mồng" ("ngày một tháng bảy"), which every region understands.
 */

/** The settings of read-vietnamese-number (see numbers.ts) that differ from its defaults. */
export const NUMBER_WORDS = {
  units: [[], ['nghìn'], ['triệu'], ['tỷ']],
  oddText: 'linh',
  pointText: 'phẩy',
  digits: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};

export const WORDS = {
  point: 'phẩy',
  dot: 'chấm',
  to: 'đến',
  and: 'và',
  plus: 'cộng',
  per: 'mỗi',
  percent: 'phần trăm',
  fraction: 'phần',
  day: 'ngày',
  month: 'tháng',
  year: 'năm',
  hour: 'giờ',
  minute: 'phút',
  ordinal: 'thứ',
  first: 'nhất',
  fourth: 'tư',
  dong: 'đồng',
  session: 'khóa',
};

/** Words that, before a figure, make it a date, a month or an ordinal (matched without regard to case). */
export const CUES = {
  day: 'ngày',
  month: 'tháng',
  ordinal: 'thứ',
  rangeTo: ['đến', 'tới', 'và'],
  /** Before a Roman numeral: "khóa XV", "Đại hội XIII", "thế kỷ XXI". */
  roman: ['khóa', 'khoá', 'Đại hội', 'đại hội', 'thế kỷ', 'thế kỉ', 'Hội nghị Trung ương', 'Hội nghị lần thứ'],
};

/** Scale words that may stand between a figure and its currency: "1,2 tỷ đồng", "15 triệu đ". */
export const SCALES = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'];

/** Currencies after a figure. */
export const CURRENCIES: Record<string, string> = {
  đồng: 'đồng',
  đ: 'đồng',
  VNĐ: 'đồng',
  VND: 'đồng',
  vnđ: 'đồng',
  USD: 'đô la Mỹ',
  EUR: 'ơ-rô',
};

/** Units after a figure ("50 km", "120 m²"). */
export const UNITS: Record<string, string> = {
  'km/h': 'ki lô mét trên giờ',
  'km²': 'ki lô mét vuông',
  km2: 'ki lô mét vuông',
  'm²': 'mét vuông',
  m2: 'mét vuông',
  'm³': 'mét khối',
  m3: 'mét khối',
  km: 'ki lô mét',
  cm: 'xen ti mét',
  mm: 'mi li mét',
  m: 'mét',
  kg: 'ki lô gam',
  ha: 'héc ta',
  kW: 'ki lô oát',
  kWh: 'ki lô oát giờ',
  MW: 'mê ga oát',
  MB: 'mê ga bai',
  GB: 'gi ga bai',
  TB: 'tê ra bai',
  Mbps: 'mê ga bít trên giây',
  Gbps: 'gi ga bít trên giây',
};

/**
 * Abbreviations read in full wherever they stand (case kept as written: "UBND" and "TW" in capitals only).
 * Proper names keep their capitals ("Ủy ban nhân dân"), common nouns are lower case.
 */
export const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  BCH: 'Ban Chấp hành',
  BCĐ: 'Ban Chỉ đạo',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  'Bộ TT&TT': 'Bộ Thông tin và Truyền thông',
  'TT&TT': 'thông tin và truyền thông',
  'Bộ KH&CN': 'Bộ Khoa học và Công nghệ',
  'KH,CN&ĐMST': 'khoa học, công nghệ và đổi mới sáng tạo',
  'KHCN&ĐMST': 'khoa học, công nghệ và đổi mới sáng tạo',
  'KH&CN': 'khoa học và công nghệ',
  KHCN: 'khoa học và công nghệ',
  ĐMST: 'đổi mới sáng tạo',
  CĐS: 'chuyển đổi số',
  CNTT: 'công nghệ thông tin',
  'GD&ĐT': 'giáo dục và đào tạo',
  'NN&PTNT': 'nông nghiệp và phát triển nông thôn',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  ĐBSCL: 'đồng bằng sông Cửu Long',
  'TP.HCM': 'thành phố Hồ Chí Minh',
  'TP. HCM': 'thành phố Hồ Chí Minh',
  'TP.': 'thành phố',
  'Tp.': 'thành phố',
  TP: 'thành phố',
  HCM: 'Hồ Chí Minh',
  VN: 'Việt Nam',
  AI: 'a-i',
};

/**
 * The codes of a Vietnamese legal document's symbol ("57-NQ/TW", "1169/QĐ-TTg", "13/2023/NĐ-CP"): the kind of
 * document, then who issued it. A code not listed here is left as written.
 */
export const DOCUMENT_CODES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  CV: 'Công văn',
  QC: 'Quy chế',
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  BCT: 'Bộ Chính trị',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  VPCP: 'Văn phòng Chính phủ',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BTC: 'Bộ Tài chính',
  BNV: 'Bộ Nội vụ',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BYT: 'Bộ Y tế',
  BCĐ: 'Ban Chỉ đạo',
  STTTT: 'Sở Thông tin và Truyền thông',
  SKHCN: 'Sở Khoa học và Công nghệ',
  VP: 'Văn phòng',
};
