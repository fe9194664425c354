import type * as fontkit from 'fontkit';
import { measure, outline, wrap } from './type.ts';

/**
 * Text set as glyph outlines for the pictures the build draws (board slides, posters), as share cards
 * are: the result never depends on the fonts of the machine that builds it.
 */
export interface TextBlock {
  d: string;
  /** Where the block ends, for what comes below it. */
  bottom: number;
  /** The widest line. */
  width: number;
}

export function textBlock(
  font: fontkit.Font,
  text: string,
  size: number,
  at: { x: number; y: number; width: number; maxLines: number; lineHeight?: number; align?: 'left' | 'right' | 'centre' },
): TextBlock {
  const lineHeight = size * (at.lineHeight ?? 1.25);
  const lines = text && at.maxLines > 0 ? wrap(font, text, size, at.width, at.maxLines) : [];
  let d = '';
  let width = 0;
  lines.forEach((line, i) => {
    const measured = measure(font, line, size);
    const x = at.align === 'right' ? at.x + at.width - measured : at.align === 'centre' ? at.x + (at.width - measured) / 2 : at.x;
    d += outline(font, line, size, x, at.y + size + i * lineHeight).d;
    width = Math.max(width, measured);
  });
  return { d, bottom: at.y + lines.length * lineHeight, width };
}

/** How many lines of a size fit between `top` and `bottom`. */
export const linesBetween = (top: number, bottom: number, size: number, lineHeight = 1.25) =>
  Math.max(0, Math.floor((bottom - top) / (size * lineHeight)));

/** XML-safe attribute text for what the SVG names (colours come from the palette, already #rrggbb). */
export const path = (d: string, fill: string) => (d ? `<path d="${d}" fill="${fill}"/>` : '');
