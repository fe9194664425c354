import { defineCatalogue, type Vocabulary } from '@column57/i18n';
import {
  ASSET_KIND,
  AUDIENCE,
  BODY_KIND,
  BULLETIN_LEVEL,
  BULLETIN_VOICE,
  CHANNEL,
  DOCUMENT_STATUS,
  DOCUMENT_TYPE,
  HONOUR_KIND,
  TASK_STATUS,
} from '@column57/snapshot/vocabulary';
import { ADMIN_TEXT } from '../messages';
import { COMMUNES_PAGE_TEXT } from '../communes-text';
import { PREFERENCES_TEXT } from '../../notifications/preferences-text';
import { SUBSCRIBERS_PAGE_TEXT } from '../../subscriptions/page-text';
import { DESK_ADMIN_TEXT } from '../desk/text';
import { REVIEW_UI_TEXT } from '../review/text';

/**
 * Where the panel says our own words through Strapi's message ids: the login page and the menu's brand
 * (column57, not "Welcome to Strapi!"), yes/no for a boolean rather than true/false, and our menu entries.
 */
const PANEL_TEXT = defineCatalogue('cms/admin-panel', {
  vi: {
    'Auth.form.welcome.title': 'Chuyên mục Nghị quyết 57',
    'Auth.form.welcome.subtitle': 'Đăng nhập để biên tập chuyên mục của cơ quan',
    'app.components.LeftMenu.navbrand.title': 'Chuyên mục 57',
    'app.components.LeftMenu.navbrand.workplace': 'Biên tập',
    'app.components.ToggleCheckbox.on-label': 'Có',
    'app.components.ToggleCheckbox.off-label': 'Không',
  },
  en: {
    'Auth.form.welcome.title': 'Resolution 57 column',
    'Auth.form.welcome.subtitle': "Log in to edit your body's column",
    'app.components.LeftMenu.navbrand.title': 'Column 57',
    'app.components.LeftMenu.navbrand.workplace': 'Editing',
    'app.components.ToggleCheckbox.on-label': 'Yes',
    'app.components.ToggleCheckbox.off-label': 'No',
  },
});

/** The menu entries' message ids (app.tsx) with their text from the pages' own catalogues. */
export const MENU = {
  buildStatus: { id: 'column57.build-status', text: ADMIN_TEXT.pair('buildStatusMenu') },
  reporting: { id: 'column57.reporting', text: ADMIN_TEXT.pair('reportingMenu') },
  communes: { id: 'column57.communes', text: COMMUNES_PAGE_TEXT.pair('menu') },
  notifications: { id: 'column57.notifications', text: PREFERENCES_TEXT.pair('menu') },
  subscribers: { id: 'column57.subscribers', text: SUBSCRIBERS_PAGE_TEXT.pair('menu') },
};

/** The home page widgets' titles by their message ids (desk/widgets.tsx, review/home-widgets.ts register them). */
export const WIDGET_TITLES = {
  myDrafts: { id: 'column57.desk.my-drafts', text: DESK_ADMIN_TEXT.pair('myDrafts') },
  scheduled: { id: 'column57.desk.scheduled', text: DESK_ADMIN_TEXT.pair('scheduled') },
  myColumn: { id: 'column57.desk.my-column', text: DESK_ADMIN_TEXT.pair('myColumn') },
  monthReport: { id: 'column57.desk.month-report', text: DESK_ADMIN_TEXT.pair('monthReport') },
  awaitingReview: { id: 'column57.widget.awaiting-review', text: REVIEW_UI_TEXT.pair('widgetQueueTitle') },
  returned: { id: 'column57.widget.returned', text: REVIEW_UI_TEXT.pair('widgetReturnedTitle') },
};
/** A widget's title as Strapi's widget API takes it: the id, with the Vietnamese as the default. */
export const widgetTitle = (key: keyof typeof WIDGET_TITLES) => ({ id: WIDGET_TITLES[key].id, defaultMessage: WIDGET_TITLES[key].text.vi });

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const panelSide = (locale: 'vi' | 'en') => ({
  ...PANEL_TEXT.messages[locale],
  ...Object.fromEntries(Object.values(MENU).map(({ id, text }) => [id, capitalised(text[locale])])),
  ...Object.fromEntries(Object.values(WIDGET_TITLES).map(({ id, text }) => [id, capitalised(text[locale])])),
});

export const BRANDING = { vi: panelSide('vi'), en: panelSide('en') };

/**
 * Every enumeration a content type offers, labelled from its vocabulary (packages/snapshot): Strapi's
 * select shows an option through the message whose id is the option's code, and (patched, see
 * patches/) so does the list view's cell. Codes are unique across the vocabularies (tests check).
 */
export const ENUMERATIONS: ReadonlyArray<Vocabulary<readonly [string, ...string[]]>> = [
  ASSET_KIND,
  AUDIENCE,
  BODY_KIND,
  BULLETIN_LEVEL,
  BULLETIN_VOICE,
  CHANNEL,
  DOCUMENT_STATUS,
  DOCUMENT_TYPE,
  HONOUR_KIND,
  TASK_STATUS,
];

const labelsIn = (locale: 'vi' | 'en'): Record<string, string> =>
  Object.assign({}, ...ENUMERATIONS.map((vocabulary) => vocabulary.messages[locale]));

export const ENUMERATION_LABELS = { vi: labelsIn('vi'), en: labelsIn('en') };
