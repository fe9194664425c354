import * as fontkit from 'fontkit';
import { fontFile } from './font-files.mjs';

/**
 * Type for the pictures column57 draws (share cards, share kits, board slides, posters, campaign banners):
 * text is shaped with fontkit from a font we ship (Be Vietnam Pro, made for Vietnamese) and drawn as glyph
 * outlines, so a picture is the same on every machine and never depends on the fonts installed there.
 */
let fonts: { bold: fontkit.Font; medium: fontkit.Font } | undefined;
/** The shipped fonts, opened once: also what the bulletin board's pictures and the posters are set in. */
export function loadFonts() {
  fonts ??= {
    bold: fontkit.openSync(fontFile('700Bold')) as fontkit.Font,
    medium: fontkit.openSync(fontFile('500Medium')) as fontkit.Font,
  };
  return fonts;
}

/** A glyph's outline in font units, as path commands; shaped once per font and glyph, then only placed. */
export type Command = { command: string; args: number[] };
const outlines = new WeakMap<fontkit.Font, Map<number, Command[]>>();
export function glyphCommands(font: fontkit.Font, glyph: fontkit.Glyph): Command[] {
  let cache = outlines.get(font);
  if (!cache) outlines.set(font, (cache = new Map()));
  let commands = cache.get(glyph.id);
  if (!commands) cache.set(glyph.id, (commands = glyph.path.commands.map((c) => ({ command: c.command, args: [...c.args] }))));
  return commands;
}

export const LETTER: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };
// A tenth of a pixel is finer than the card can show, and keeps the SVG short for the rasteriser.
export const px = (n: number) => String(Math.round(n * 10) / 10);

/** Shapes a line of text and returns its outline as SVG path data, placed with its baseline at (x, y). */
export function outline(font: fontkit.Font, text: string, size: number, x: number, y: number): { d: string; width: number } {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text.normalize('NFC'));
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const ox = x + (pen + position.xOffset) * scale;
    const oy = y - position.yOffset * scale;
    for (const { command, args } of glyphCommands(font, glyph)) {
      let out = LETTER[command] ?? '';
      for (let k = 0; k < args.length; k += 2) out += `${k ? ' ' : ''}${px(ox + args[k] * scale)} ${px(oy - args[k + 1] * scale)}`;
      parts.push(out);
    }
    pen += position.xAdvance;
  });
  return { d: parts.join(''), width: pen * scale };
}

/** Advance widths of single words, in font units: lines are measured as words plus spaces. */
const advances = new WeakMap<fontkit.Font, Map<string, number>>();
function advanceOf(font: fontkit.Font, word: string): number {
  let cache = advances.get(font);
  if (!cache) advances.set(font, (cache = new Map()));
  let width = cache.get(word);
  if (width === undefined) cache.set(word, (width = font.layout(word).advanceWidth));
  return width;
}

/** The width of a line at a size: its words' advances and the spaces between them (kerning across a space is nil). */
export const measure = (font: fontkit.Font, text: string, size: number) => {
  const words = text.normalize('NFC').split(' ');
  const units = words.reduce((sum, word) => sum + advanceOf(font, word), 0) + (words.length - 1) * advanceOf(font, ' ');
  return (units * size) / font.unitsPerEm;
};

/** Breaks text into at most `maxLines` lines no wider than `width`, ending with "…" if it had to cut. */
export function wrap(font: fontkit.Font, text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(font, candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && measure(font, `${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Characters of `text` that the shipped fonts have no glyph for (they would show as boxes). */
export function missingGlyphs(text: string): string[] {
  const { bold, medium } = loadFonts();
  return [...new Set(text.normalize('NFC'))].filter(
    (ch) => /\S/.test(ch) && (!bold.hasGlyphForCodePoint(ch.codePointAt(0)!) || !medium.hasGlyphForCodePoint(ch.codePointAt(0)!)),
  );
}
