import type { Core } from '@strapi/strapi';
import { ALLOWED_UPLOADS, IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_SIDE, UPLOAD_MAX_BYTES } from '../policies-data/upload-limits';
import { type FieldProblem, throwIfProblems } from '../validation/field-error';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// file-type is ESM-only; Node 24 can require() it, and loading it lazily keeps start-up lean.
type Detect = (path: string) => Promise<{ mime: string; ext: string } | undefined>;
let detector: Detect | undefined;
async function detect(path: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first upload, not at start
  detector ??= (require('file-type') as { fileTypeFromFile: Detect }).fileTypeFromFile;
  return detector(path);
}

type Metadata = (path: string) => Promise<{ width?: number; height?: number; pageHeight?: number }>;
let metadataOf: Metadata | undefined;
/** The image's dimensions from its header: sharp's metadata() reads the header and decodes no pixel. */
async function dimensions(path: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first upload, not at start
  metadataOf ??= (file) => (require('sharp') as (p: string, o: object) => any)(file, { limitInputPixels: false }).metadata();
  const meta = await metadataOf(path).catch(() => null);
  if (!meta?.width || !meta?.height) return null;
  // An animated image's height is every frame stacked; a frame is what gets decoded at once.
  return { width: meta.width, height: meta.pageHeight ?? meta.height };
}

async function pixelProblems(name: string, path: string): Promise<FieldProblem[]> {
  const size = await dimensions(path);
  if (!size) {
    return [
      {
        field: 'files',
        vi: `Không đọc được kích thước ảnh "${name}" (tệp có thể bị hỏng); hãy mở và lưu lại ảnh rồi tải lên lại`,
        en: `the dimensions of "${name}" cannot be read (the file may be damaged); open and save the image again, then upload it`,
      },
    ];
  }
  const megapixels = (size.width * size.height) / 1e6;
  if (megapixels <= IMAGE_MAX_PIXELS / 1e6 && size.width <= IMAGE_MAX_SIDE && size.height <= IMAGE_MAX_SIDE) return [];
  const limit = `${IMAGE_MAX_PIXELS / 1e6} megapixel, mỗi cạnh tối đa ${IMAGE_MAX_SIDE} px`;
  return [
    {
      field: 'files',
      vi:
        `Ảnh "${name}" có kích thước ${size.width} × ${size.height} px (${megapixels.toFixed(0)} megapixel), vượt giới hạn ${limit}; ` +
        'hãy thu nhỏ ảnh (ví dụ còn 4000 px chiều dài) trước khi tải lên',
      en:
        `"${name}" is ${size.width} × ${size.height} px (${megapixels.toFixed(0)} megapixels), over the limit of ` +
        `${IMAGE_MAX_PIXELS / 1e6} megapixels and ${IMAGE_MAX_SIDE} px a side; resize it (e.g. to 4000 px on the long side) first`,
    },
  ];
}

async function problemsOf(file: UploadedFile): Promise<FieldProblem[]> {
  const name = file.originalFilename ?? 'file';
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const detected = await detect(file.filepath);
  if (!detected || !ALLOWED_UPLOADS[detected.mime]) {
    return [
      {
        field: 'files',
        vi:
          `Tệp "${name}" có định dạng ${detected ? detected.mime : 'không nhận biết được'}, không được phép; ` +
          'hãy tải ảnh (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT hoặc MP4',
        en:
          `"${name}" is ${detected ? detected.mime : 'of an unrecognised type'}, which is not accepted; ` +
          'upload images (JPEG, PNG, WebP, GIF, AVIF), PDF, DOCX, XLSX, PPTX, ODT or MP4',
      },
    ];
  }
  const problems: FieldProblem[] = [];
  if (!ALLOWED_UPLOADS[detected.mime].includes(extension)) {
    problems.push({
      field: 'files',
      vi:
        `Nội dung tệp "${name}" là ${detected.mime} nhưng tên tệp có đuôi ".${extension}"; ` +
        'hãy kiểm tra lại tệp (có thể là tệp bị đổi tên)',
      en: `"${name}" contains ${detected.mime} but is named ".${extension}"; check the file (it may have been renamed)`,
    });
  }
  const isImage = detected.mime.startsWith('image/');
  if (isImage) problems.push(...(await pixelProblems(name, file.filepath)));
  const limit = isImage ? IMAGE_MAX_BYTES : UPLOAD_MAX_BYTES;
  if (file.size > limit) {
    problems.push({
      field: 'files',
      vi: `Tệp "${name}" nặng ${megabytes(file.size)}, vượt giới hạn ${megabytes(limit)}; hãy nén hoặc thu nhỏ trước khi tải lên`,
      en: `"${name}" is ${megabytes(file.size)}, over the ${megabytes(limit)} limit; compress or resize it first`,
    });
  }
  return problems;
}

/**
 * Uploading from web addresses makes the CMS fetch whatever address an editor types (its own loopback
 * services included) and stores what comes back without the checks above, which read the request's
 * files: the route is closed. An editor downloads the file and uploads it.
 */
const FROM_URLS = /^\/(?:api\/)?upload\/actions\/upload-from-urls\/?$/;

/** Refuses uploads whose bytes do not match their name or exceed the limits, before Strapi stores them. */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  if (FROM_URLS.test(ctx.path ?? '')) {
    throwIfProblems([
      {
        field: 'urls',
        vi: 'Không tải lên từ đường dẫn web; hãy tải tệp về máy rồi tải lên tại Thư viện phương tiện để tệp được kiểm tra',
        en: 'uploading from web addresses is turned off; download the file and upload it in the Media Library so it is checked',
      },
    ]);
  }
  const files = ctx.request?.files as Record<string, UploadedFile | UploadedFile[]> | undefined;
  if (files && Object.keys(files).length) {
    const all = Object.values(files).flatMap((value) => (Array.isArray(value) ? value : [value]));
    throwIfProblems((await Promise.all(all.map(problemsOf))).flat());
  }
  await next();
};
