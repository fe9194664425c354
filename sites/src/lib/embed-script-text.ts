import { defineCatalogue } from '@column57/i18n';
import { COLUMN_TEXT } from './strings.ts';

/**
 * The text of the scripts a portal loads from sites/embed/ (frame.js, widget.js). They run in the
 * portal's browser with nothing to import, so each carries placeholders (FRAME_TITLE, LABELS, each in a
 * comment) that the builder fills with this text when it writes them into a column
 * (packages/builder/src/embed-scripts.ts); tests/sites/embed-scripts.unit.test.ts reads what it writes.
 */
export const EMBED_SCRIPT_TEXT = defineCatalogue('sites/embed-scripts', {
  vi: {
    /** frame.js: the iframe's accessible name when the portal's snippet gives none (data-title). */
    frameTitle: COLUMN_TEXT.t('vi', 'columnName'),
    /** widget.js: the widget's heading when neither the element nor the feed names it. */
    widgetTitle: COLUMN_TEXT.t('vi', 'columnName'),
    /** widget.js: the link to the whole column below the latest items. */
    widgetMore: 'Xem tất cả',
  },
  en: {
    frameTitle: COLUMN_TEXT.t('en', 'columnName'),
    widgetTitle: COLUMN_TEXT.t('en', 'columnName'),
    widgetMore: 'See all',
  },
});
