import { parseHTML } from 'linkedom';
import type { CleanDocument } from './clean-html';

/** The server's DOM for the converter: linkedom, which needs a whole document to give a body. */
export function parseOnServer(html: string): CleanDocument {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as CleanDocument;
}
