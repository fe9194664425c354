/**
 * Text into the HTML and SVG the reports are printed from: every character that could open a tag, end an
 * attribute or start an entity becomes a numeric reference. One encoder for both, as a body's name or a
 * report's free text reaches each of them.
 */
export const markupText = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
