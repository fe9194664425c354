/**
 * Number/symbol of a Vietnamese legal document: "57-NQ/TW", "03/NQ-CP", "193/2025/QH15",
 * "1169/QĐ-TTg", "42/2022/NĐ-CP", "39/2017/TT-BTTTT". A number, an optional year, then the symbol
 * of the type and issuer.
 */
const DOCUMENT_NUMBER = /^\d{1,5}(?:-[A-ZĐ]{1,6})?(?:\/(?:19|20)\d{2})?\/[A-ZĐa-zđ0-9]+(?:[-.][A-ZĐa-zđ0-9]+)*$/u;

export const isDocumentNumber = (value: string) => DOCUMENT_NUMBER.test(value.normalize('NFC'));

/** URL slug of a document number: "1169/QĐ-TTg" -> "1169-qd-ttg". */
export function slugOfDocumentNumber(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
