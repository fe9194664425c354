import { BRANDING } from './translations/ours';

/** The panel's language as Strapi keeps it for the signed-in browser. */
const panelLocale = (): 'vi' | 'en' => (localStorage.getItem('strapi-admin-language') === 'en' ? 'en' : 'vi');

/**
 * The browser tab says column57, not Strapi: Strapi's page helper writes "<page> | Strapi" into the title
 * from its own code (and the page starts as "Strapi Admin"), with no setting to change it. The title is
 * watched and its last part replaced, whatever page set it.
 */
export function brandTabTitle() {
  const title = document.querySelector('title');
  if (!title) return;
  const fix = () => {
    const brand = BRANDING[panelLocale()]['app.components.LeftMenu.navbrand.title'];
    const next = document.title === 'Strapi Admin' ? brand : document.title.replace(/ \| Strapi$/, ` | ${brand}`);
    if (next !== document.title) document.title = next;
  };
  fix();
  new MutationObserver(fix).observe(title, { childList: true, characterData: true, subtree: true });
}
