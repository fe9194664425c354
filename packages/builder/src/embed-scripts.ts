import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES_DIR } from '@column57/sites/dir';

const SOURCES = join(SITES_DIR, 'embed');

/**
 * The embedding helpers of a column (sites/embed/): the portal-side frame and widget scripts as they
 * are, and the in-column frame helper with the body's allowed origins written into it, so it talks
 * to no other page.
 */
export function writeEmbedScripts(allowedOrigins: string[], embedDir: string) {
  mkdirSync(embedDir, { recursive: true });
  for (const file of ['frame.js', 'widget.js']) writeFileSync(join(embedDir, file), readFileSync(join(SOURCES, file)));
  const child = readFileSync(join(SOURCES, 'frame-child.js'), 'utf8').replace('/*ALLOWED_ORIGINS*/[]', JSON.stringify(allowedOrigins));
  writeFileSync(join(embedDir, 'frame-child.js'), child);
  // Pictures of each way of embedding, for the embed guide (taken by tests/sites/embed.test.ts).
  mkdirSync(join(embedDir, 'screenshots'), { recursive: true });
  for (const file of readdirSync(join(SOURCES, 'screenshots')))
    writeFileSync(join(embedDir, 'screenshots', file), readFileSync(join(SOURCES, 'screenshots', file)));
}
