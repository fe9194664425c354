import { defineCatalogue } from '@column57/i18n';

/**
 * Why an upload is refused (middlewares/upload-guard.ts), shown under the Media Library's file field as "vi / en". It
 * lives here, not beside the guard, because Strapi loads every file of src/middlewares as a middleware.
 */
export const UPLOAD_TEXT = defineCatalogue('cms/uploads', {
  vi: {
    unreadableDimensions: ({ name }: { name: string }) =>
      `Không đọc được kích thước ảnh "${name}" (tệp có thể bị hỏng); hãy mở và lưu lại ảnh rồi tải lên lại`,
    tooManyPixels: ({ name, width, height, megapixels, maxMegapixels, maxSide }: PixelValues) =>
      `Ảnh "${name}" có kích thước ${width} × ${height} px (${megapixels} megapixel), ` +
      `vượt giới hạn ${maxMegapixels} megapixel, mỗi cạnh tối đa ${maxSide} px; ` +
      'hãy thu nhỏ ảnh (ví dụ còn 4000 px chiều dài) trước khi tải lên',
    typeNotAccepted: ({ name, mime }: { name: string; mime: string }) =>
      `Tệp "${name}" có định dạng ${mime}, không được phép; ` +
      'hãy tải ảnh (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT hoặc MP4',
    typeUnrecognised: ({ name }: { name: string }) =>
      `Tệp "${name}" có định dạng không nhận biết được, không được phép; ` +
      'hãy tải ảnh (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT hoặc MP4',
    extensionMismatch: ({ name, mime, extension }: { name: string; mime: string; extension: string }) =>
      `Nội dung tệp "${name}" là ${mime} nhưng tên tệp có đuôi ".${extension}"; ` + 'hãy kiểm tra lại tệp (có thể là tệp bị đổi tên)',
    tooLarge: ({ name, size, limit }: { name: string; size: string; limit: string }) =>
      `Tệp "${name}" nặng ${size}, vượt giới hạn ${limit}; hãy nén hoặc thu nhỏ trước khi tải lên`,
    fromWebAddressesOff: 'Không tải lên từ đường dẫn web; hãy tải tệp về máy rồi tải lên tại Thư viện phương tiện để tệp được kiểm tra',
  },
  en: {
    unreadableDimensions: ({ name }) =>
      `the dimensions of "${name}" cannot be read (the file may be damaged); open and save the image again, then upload it`,
    tooManyPixels: ({ name, width, height, megapixels, maxMegapixels, maxSide }) =>
      `"${name}" is ${width} × ${height} px (${megapixels} megapixels), over the limit of ` +
      `${maxMegapixels} megapixels and ${maxSide} px a side; resize it (e.g. to 4000 px on the long side) first`,
    typeNotAccepted: ({ name, mime }) =>
      `"${name}" is ${mime}, which is not accepted; ` + 'upload images (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT or MP4',
    typeUnrecognised: ({ name }) =>
      `"${name}" is of an unrecognised type, which is not accepted; ` +
      'upload images (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT or MP4',
    extensionMismatch: ({ name, mime, extension }) =>
      `"${name}" contains ${mime} but is named ".${extension}"; check the file (it may have been renamed)`,
    tooLarge: ({ name, size, limit }) => `"${name}" is ${size}, over the ${limit} limit; compress or resize it first`,
    fromWebAddressesOff:
      'uploading from web addresses is turned off; download the file and upload it in the Media Library so it is checked',
  },
});

interface PixelValues {
  name: string;
  width: number;
  height: number;
  /** Already rounded for reading ("48"). */
  megapixels: string;
  maxMegapixels: number;
  maxSide: number;
}
