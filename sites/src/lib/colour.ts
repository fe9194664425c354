/*
 * A body's brand colours made readable live with the contract (packages/snapshot), so that the column, its
 * share cards and the CMS's mails to subscribers keep them by one rule.
 */
export { accessiblePalette, contrast, darkenUntil, luminance, type Palette, paletteStyle } from '@column57/snapshot';
