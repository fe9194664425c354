import type { Core } from '@strapi/strapi';
import { ALLOWED_UPLOADS, IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_SIDE, UPLOAD_MAX_BYTES } from '../policies-data/upload-limits';
import { type FieldProblem, throwIfProblems } from '../validation/field-error';
import { UPLOAD_TEXT } from '../validation/upload-messages';
import type { RequestContext } from '../request-context';

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
    return [{ field: 'files', ...UPLOAD_TEXT.pair('unreadableDimensions', { name }) }];
  }
  const megapixels = (size.width * size.height) / 1e6;
  if (megapixels <= IMAGE_MAX_PIXELS / 1e6 && size.width <= IMAGE_MAX_SIDE && size.height <= IMAGE_MAX_SIDE) return [];
  const values = { name, ...size, megapixels: megapixels.toFixed(0), maxMegapixels: IMAGE_MAX_PIXELS / 1e6, maxSide: IMAGE_MAX_SIDE };
  return [{ field: 'files', ...UPLOAD_TEXT.pair('tooManyPixels', values) }];
}

async function problemsOf(file: UploadedFile): Promise<FieldProblem[]> {
  const name = file.originalFilename ?? 'file';
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const found = await detect(file.filepath);
  // Parameters are not part of the type: Opus in Ogg is detected as "audio/ogg; codecs=opus".
  const detected = found && { ...found, mime: found.mime.split(';')[0].trim() };
  if (!detected || !ALLOWED_UPLOADS[detected.mime]) {
    const text = detected
      ? UPLOAD_TEXT.pair('typeNotAccepted', { name, mime: detected.mime })
      : UPLOAD_TEXT.pair('typeUnrecognised', { name });
    return [{ field: 'files', ...text }];
  }
  const problems: FieldProblem[] = [];
  if (!ALLOWED_UPLOADS[detected.mime].includes(extension)) {
    problems.push({ field: 'files', ...UPLOAD_TEXT.pair('extensionMismatch', { name, mime: detected.mime, extension }) });
  }
  const isImage = detected.mime.startsWith('image/');
  if (isImage) problems.push(...(await pixelProblems(name, file.filepath)));
  const limit = isImage ? IMAGE_MAX_BYTES : UPLOAD_MAX_BYTES;
  if (file.size > limit) {
    problems.push({ field: 'files', ...UPLOAD_TEXT.pair('tooLarge', { name, size: megabytes(file.size), limit: megabytes(limit) }) });
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
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: RequestContext, next: () => Promise<void>) => {
  if (FROM_URLS.test(ctx.path ?? '')) {
    throwIfProblems([{ field: 'urls', ...UPLOAD_TEXT.pair('fromWebAddressesOff') }]);
  }
  const files = ctx.request?.files as Record<string, UploadedFile | UploadedFile[]> | undefined;
  if (files && Object.keys(files).length) {
    const all = Object.values(files).flatMap((value) => (Array.isArray(value) ? value : [value]));
    throwIfProblems((await Promise.all(all.map(problemsOf))).flat());
  }
  await next();
};
