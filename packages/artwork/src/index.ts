export { type Banner, bannerLayout, renderBanner } from './banner.ts';
export { linesBetween, path, type TextBlock, textBlock } from './svg-text.ts';
export { type Command, glyphCommands, LETTER, loadFonts, measure, missingGlyphs, outline, px, wrap } from './type.ts';
