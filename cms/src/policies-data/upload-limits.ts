/** What the media library accepts. Checked against the file's bytes, not its name. */
export const UPLOAD_MAX_BYTES = 25 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/**
 * Decoded size limits for images. A few kilobytes of PNG can declare 20000 x 20000 pixels (1.2 GB once
 * decoded): the byte limit alone does not stop it, and the media library decodes every image it stores
 * to make its thumbnails. 40 megapixels covers any camera or scan an editor would put in a column.
 */
export const IMAGE_MAX_PIXELS = 40_000_000;
/** No side longer than this (WebP, which the columns serve, cannot encode more than 16383). */
export const IMAGE_MAX_SIDE = 16_000;

/**
 * Recordings of radio bulletins (MP3, OGG, Opus, M4A, WAV): what smart-loudspeaker systems and phones play.
 * The keys are the types file-type detects from the bytes; a bulletin's audio field accepts these only.
 */
export const AUDIO_UPLOADS: Record<string, string[]> = {
  'audio/mpeg': ['mp3'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/opus': ['opus'],
  'audio/x-m4a': ['m4a'],
  'audio/mp4': ['m4a'],
  'audio/wav': ['wav'],
  'audio/vnd.wave': ['wav'],
  'audio/x-wav': ['wav'],
};

/** Detected MIME type -> extensions a file of that type may carry. */
export const ALLOWED_UPLOADS: Record<string, string[]> = {
  ...AUDIO_UPLOADS,
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/avif': ['avif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'video/mp4': ['mp4'],
};
