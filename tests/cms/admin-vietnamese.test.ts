import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TRANSLATIONS } from '../../cms/src/admin/translations/index.ts';
import { ENUMERATIONS, MENU } from '../../cms/src/admin/translations/ours.ts';
import { BULLETIN_LEVEL, BULLETIN_VOICE } from '../../packages/snapshot/src/vocabulary.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { AdminSession } from '../support/admin-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { type RunningCms, startCms } from '../support/cms.ts';
import { EDITOR_PACKAGES, panelKey, strapiMessages } from '../support/strapi-messages.ts';

// The admin panel as an editor, a publisher and the national editor meet it, in Chromium: every page they
// can reach from the menus (each content type's list and create views, the Media Library with its upload
// dialog, the home, the profile, our own pages) is read for English. English is recognised without a
// dictionary: a visible text that is exactly one of Strapi's or our English messages whose Vietnamese
// differs, or an enumeration's raw code.

const ours = ADMIN_TRANSLATIONS.vi as Record<string, string>;

/** Every English message a page could show where Vietnamese belongs: the message a whole text is, if any. */
function englishMatcher(): (text: string) => string | undefined {
  const vietnamese = new Set<string>();
  const english = new Map<string, string>();
  for (const pkg of EDITOR_PACKAGES) {
    const [en, shipped] = [strapiMessages(pkg, 'en'), strapiMessages(pkg, 'vi')];
    for (const [key, text] of Object.entries(en)) {
      const id = panelKey(pkg, key);
      const vi = ours[id] ?? shipped[key];
      if (vi !== undefined) vietnamese.add(vi);
      // Whole words of its own: a message of placeholders alone ("{firstname} {lastname}") says nothing.
      const words = text.replace(/\{[^{}]*\}/g, '');
      if (vi !== text && /\p{L}{3,}/u.test(words) && !/[<#]|\{\w+,/.test(text)) english.set(text, id);
    }
  }
  for (const [id, text] of Object.entries(ADMIN_TRANSLATIONS.en)) if (ours[id] !== text) english.set(text, id);
  for (const vocabulary of ENUMERATIONS) for (const code of vocabulary.codes) english.set(code, `code of ${vocabulary.name}`);
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  // Most messages have no placeholder and are looked up whole; the rest become patterns.
  const exact = new Map<string, string>();
  const patterns: Array<{ pattern: RegExp; source: string }> = [];
  for (const [text, source] of english) {
    if (vietnamese.has(text)) continue;
    if (!/\{\w+\}/.test(text)) exact.set(text.trim(), source);
    else patterns.push({ pattern: new RegExp(`^${escape(text.trim()).replace(/\\?\{\w+\\?\}/g, '.+')}$`), source });
  }
  return (text: string) => exact.get(text) ?? patterns.find(({ pattern }) => pattern.test(text))?.source;
}

/** The text a person meets on the page: visible text nodes and field placeholders. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim();
      const parent = walker.currentNode.parentElement;
      if (text && parent && parent.getClientRects().length && getComputedStyle(parent).visibility !== 'hidden') texts.push(text);
    }
    document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]').forEach((e) => texts.push(e.placeholder));
    return texts;
  });
}

/**
 * Follows a page's requests, so that a view reached inside the panel (no load event) can be waited for:
 * quiet once nothing has been in flight for a quarter of a second.
 */
function requestsOf(page: Page) {
  let inFlight = 0;
  let changed = Date.now();
  const step = (by: number) => () => {
    inFlight += by;
    changed = Date.now();
  };
  page.on('request', step(1));
  page.on('requestfinished', step(-1));
  page.on('requestfailed', step(-1));
  return async function quiet() {
    while (inFlight > 0 || Date.now() - changed < 250) await new Promise((resolve) => setTimeout(resolve, 50));
  };
}
const quietOf = new WeakMap<Page, () => Promise<void>>();

/** Waits until the panel has drawn the page: requests done and no loader left. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await quietOf.get(page)?.();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [data-testid="loader"]'), null, { timeout: 60_000 });
  await quietOf.get(page)?.();
}

/**
 * Opens a path of the panel as its own links do, inside the page: reloading the whole panel for every view
 * costs seconds of script on two cores and shows nothing a person following the menus would see.
 */
async function open(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** The three accounts; the create views are the same forms for each, so one account opens them (the budget). */
const ACCOUNTS = [
  { who: 'body editor', email: 'bientap.hanoi@column57.local', createViews: true },
  { who: 'publisher', email: 'duyet.hanoi@column57.local', createViews: false },
  { who: 'national editor', email: 'toanquoc@column57.local', createViews: false },
];

describe('the admin panel in Vietnamese (sqlite, Chromium)', () => {
  let cms: RunningCms;
  let browser: Browser;
  const englishSource = englishMatcher();
  const found: string[] = [];
  const visited: string[] = [];

  /** Reads the page and keeps what reads as English, with where and whose. */
  async function read(page: Page, who: string, where: string) {
    await settled(page);
    visited.push(`${who} ${where}`);
    // The browser tab too: Strapi titles every page "… | Strapi".
    const tab = await page.title();
    if (/Strapi/.test(tab)) found.push(`${who} ${where}: tab title "${tab}"`);
    for (const text of await visibleTexts(page)) {
      const source = englishSource(text);
      if (source) found.push(`${who} ${where}: "${text}" (${source})`);
    }
  }

  async function logIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' })).newPage();
    page.setDefaultTimeout(120_000);
    quietOf.set(page, requestsOf(page));
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    return page;
  }

  beforeAll(async () => {
    cms = await startCms({
      database: 'sqlite',
      seedBodies: ['hanoi'],
      serveAdminPanel: true,
      env: { COLUMN57_DEMO_PASSWORD: TEST_PASSWORD, CRON_ENABLED: 'false' },
    });
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('greets a new browser in Vietnamese, as column57, though the browser asks for English', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    page.setDefaultTimeout(120_000);
    quietOf.set(page, requestsOf(page));
    await page.goto(`${cms.url}/admin/auth/login`);
    await read(page, 'anyone', 'login');
    const texts = await visibleTexts(page);
    expect(texts).toContain(ours['Auth.form.welcome.title']);
    expect(texts.join(' ')).not.toMatch(/Strapi/);
    await page.context().close();
  }, 300_000);

  it.each(ACCOUNTS)(
    'shows the $who every page in Vietnamese',
    async ({ who, email, createViews }) => {
      const page = await logIn(email);
      await read(page, who, 'home');
      // No announcement on a fresh browser: the Media Library banner is dismissed before the panel draws.
      expect((await visibleTexts(page)).filter((text) => text.startsWith(ours['app.components.MediaLibraryBanner.intro'].trim()))).toEqual(
        [],
      );
      await open(page, '/admin/me');
      await read(page, who, 'profile');

      // Our own pages, as the menu lists them.
      const ownPages = await page.$$eval('nav a[href^="/admin/column57/"]', (links) => links.map((a) => a.getAttribute('href')!));
      expect(ownPages.length).toBeGreaterThanOrEqual(3);
      for (const path of ownPages) {
        await open(page, path);
        await read(page, who, path);
      }

      // Every content type the account is shown, list and create view.
      await open(page, '/admin/content-manager');
      await settled(page);
      const types = await page.$$eval(
        'a[href*="/content-manager/collection-types/"], a[href*="/content-manager/single-types/"]',
        (links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))],
      );
      expect(types.length).toBeGreaterThanOrEqual(3);
      const headings = new Set<string>();
      for (const path of types) {
        await open(page, path);
        await read(page, who, path);
        // Each list is drawn anew (its heading is the type's name): a navigation inside the page that drew
        // nothing would read the previous page again and prove nothing.
        headings.add((await page.locator('main h1').first().textContent()) ?? '');
        if (createViews && path.includes('/collection-types/')) {
          await open(page, `${path}/create`);
          await read(page, who, `${path}/create`);
        }
      }

      expect(headings.size).toBe(types.length);

      // The Media Library and its upload dialog.
      await open(page, '/admin/plugins/upload');
      await read(page, who, 'media library');
      const upload = page.getByRole('button', { name: ours['upload.header.actions.add-assets'] }).first();
      if (await upload.isVisible()) {
        await upload.click();
        await page.getByRole('dialog').waitFor();
        await read(page, who, 'upload dialog');
      }
      await page.context().close();
    },
    900_000,
  );

  it('labels options in Vietnamese and names weekdays T2…CN, months in Vietnamese', async () => {
    const page = await logIn('bientap.hanoi@column57.local');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::radio-bulletin.radio-bulletin/create`);
    await settled(page);
    const texts = await visibleTexts(page);
    expect(texts).toContain(BULLETIN_LEVEL.labels.normal.vi); // the bulletin's level by default, not "normal"
    expect(texts).toContain(BULLETIN_VOICE.labels.north.vi); // its voice, not "north"

    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::honour.honour/create`);
    await settled(page);
    await page.locator('input[name="date"]').click();
    const grid = page.locator('table[role="grid"]');
    await grid.waitFor();
    expect(await grid.locator('thead th').allTextContents()).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    const month = await page.locator('[role="dialog"] [role="combobox"]').first().textContent();
    expect(month).toMatch(/^tháng \d{1,2}$/i);
    await page.context().close();
  }, 300_000);

  it('keeps English selectable per account on its profile', async () => {
    const national = await AdminSession.login(cms.url, 'toanquoc@column57.local', TEST_PASSWORD);
    expect((await national.request('GET', '/admin/users/me')).body.data.preferedLanguage).toBe('vi');
    expect((await national.request('PUT', '/admin/users/me', { preferedLanguage: 'en' })).status).toBe(200);
    const page = await logIn('toanquoc@column57.local');
    await settled(page);
    const texts = await visibleTexts(page);
    expect(texts).toContain('Content Manager');
    expect(texts).toContain(ADMIN_TRANSLATIONS.en[MENU.buildStatus.id as keyof typeof ADMIN_TRANSLATIONS.en]);
    await page.context().close();
  }, 300_000);

  it('found no English outside the allowed list', () => {
    expect(visited.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
