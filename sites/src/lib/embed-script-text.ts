import { defineCatalogue } from '@column57/i18n';
import { COLUMN_TEXT } from './strings.ts';

/**
 * The text of the scripts a portal loads from sites/embed/ (frame.js, widget.js). They run in the
 * portal's browser with nothing to import, and the builder copies them as they are, so each carries a
 * copy of this text; tests/sites/embed-scripts.unit.test.ts checks that the copies say what this says.
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
