import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const DOCUMENT_TEXT = defineCatalogue('cms/admin-labels/resolution-document', {
  vi: {
    number: 'Số, ký hiệu (number/symbol)',
    numberHelp: 'Ví dụ: 57-NQ/TW, 03/NQ-CP, 193/2025/QH15, 1169/QĐ-TTg.',
    slug: 'Đường dẫn (slug)',
    slugHelp: 'Để trống: hệ thống tạo từ số, ký hiệu.',
    docType: 'Loại văn bản (type)',
    title: 'Tên văn bản (title)',
    issuer: 'Cơ quan ban hành (issuer)',
    signer: 'Người ký (signer)',
    issueDate: 'Ngày ban hành (issue date)',
    effectiveDate: 'Ngày có hiệu lực (effective date)',
    legalStatus: 'Tình trạng hiệu lực (status)',
    summary: 'Trích yếu (summary)',
    fullText: 'Toàn văn (full text)',
    fullTextHelp: 'Không bắt buộc; Markdown.',
    attachments: 'Tệp đính kèm (PDF, DOCX)',
    relatedDocuments: 'Văn bản liên quan',
  },
  en: {
    number: 'Number and symbol',
    numberHelp: 'For example: 57-NQ/TW, 03/NQ-CP, 193/2025/QH15, 1169/QĐ-TTg.',
    slug: 'Slug',
    slugHelp: 'Leave it empty: it is made from the number and symbol.',
    docType: 'Document type',
    title: 'Title',
    issuer: 'Issuer',
    signer: 'Signer',
    issueDate: 'Issue date',
    effectiveDate: 'Effective date',
    legalStatus: 'Legal status',
    summary: 'Summary',
    fullText: 'Full text',
    fullTextHelp: 'Optional; Markdown.',
    attachments: 'Attachments (PDF, DOCX)',
    relatedDocuments: 'Related documents',
  },
});

export const RESOLUTION_DOCUMENT: TypeLabels = {
  uid: 'api::resolution-document.resolution-document',
  mainField: 'number',
  // Last updated first: a draft without a date must not sink to the last page.
  sort: ['updatedAt', 'DESC'],
  list: ['id', 'number', 'title', 'docType', 'issueDate', 'legalStatus'],
  fields: { ...fieldsOf(DOCUMENT_TEXT), ...OWNER },
};
