/**
 * Vietnamese words that open a clause: where a proposed script (listening.ts) may cut a long sentence in
 * two for a listener. Language data, not interface text (tests/i18n.unit.test.ts excuses this file).
 */
export const CLAUSE_OPENERS = new Set([
  ...['nhưng', 'để', 'nhằm', 'đồng thời', 'trong đó', 'góp phần', 'giúp', 'bảo đảm', 'qua đó', 'theo đó', 'theo'],
  ...['khi', 'nếu', 'vì', 'do đó', 'nên', 'từ đó', 'tạo', 'hướng tới', 'phấn đấu'],
]);
