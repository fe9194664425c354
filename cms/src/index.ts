import { registerShareKitRoutes } from './share-kit';
import { registerSubscriptionRoutes, startSubscriptions } from './subscriptions';
import type { Locale } from '@column57/i18n';
import type { Core } from '@strapi/strapi';
import { registerConditions } from './access/conditions';
import { ensureGeneratorToken, ensureReportToken } from './access/generator-token';
import { administratorOnlyMail } from './access/administrator-only';
import { registerDataGuard } from './access/data-guard';
import { registerOwnershipGuard } from './access/ownership-guard';
import { registerCommuneGuard } from './communes/guard';
import { registerCommuneRoutes } from './communes/routes';
import { registerWordRoutes } from './word/routes';
import { registerDeskRoutes } from './desk/routes';
import { guardRawUploadQueries } from './access/raw-queries';
import { syncRoles } from './access/roles';
import { applyAdminLabels } from './admin-labels';
import { registerVietnameseByDefault } from './admin-language';
import { LOCALE_TEXT } from './messages';
import { ensureDemoAccounts } from './seed/accounts';
import { seedDemo } from './seed/index';
import { registerContentRules } from './validation/content-rules';
import { registerBlockGuard } from './programme-facts/rules';
import { registerChangeNotifier, startNotifying } from './publishing/change-notifier';
import { registerSchedule } from './publishing/schedule';
import { registerBuildStatusRoute } from './publishing/build-status-route';
import { registerOutboxRoutes } from './publishing/outbox-routes';
import { registerBulletinRoutes } from './bulletins/routes';
import { registerReportingGuard } from './reporting/guard';
import { enforceAdminPasswordPolicy } from './security/admin-password';
import { registerReportingCycle } from './reporting/reports';
import { registerReportingRoutes } from './reporting/routes';
import { seedReportingHistory } from './seed/reporting';
import { registerPublishedEvent } from './publishing/published-event';
import { registerReportReminders } from './reporting/reminders';
import { startNotifications } from './notifications';
import { registerNotificationRoutes } from './notifications/routes';
import { registerReviewFields } from './review/fields';
import { registerReviewRule } from './review/rule';
import { registerReviewRoutes } from './review/routes';
import { bootstrapAudit, registerAudit, startRecording } from './audit';

/** "Tiếng Việt (vi)", "English (en)": a locale as Strapi lists it, named in its own language. */
const localeName = (code: Locale) => `${LOCALE_TEXT.t(code, 'languageName')} (${code})`;

async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = (await locales.find()).map((l: { code: string }) => l.code);
  // Vietnamese is the default (STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE=vi on a fresh database); English second.
  if (!existing.includes('vi')) await locales.create({ code: 'vi', name: localeName('vi'), isDefault: true });
  if (!existing.includes('en')) await locales.create({ code: 'en', name: localeName('en'), isDefault: false });
  const defaultLocale = await locales.getDefaultLocale();
  if (defaultLocale !== 'vi') await locales.setDefaultLocale({ code: 'vi' });
  // Strapi names the locale it makes from the setting in English ("Vietnamese (vi)"): each is named in its own.
  for (const locale of (await locales.find()) as Array<{ id: number; code: string; name: string }>) {
    const own = locale.code === 'vi' || locale.code === 'en' ? localeName(locale.code) : null;
    if (own && locale.name !== own) await locales.update({ id: locale.id }, { name: own });
  }
}

/** What waits for the CMS's own background runs under way (registered at bootstrap). */
const runsUnderWay: Array<() => Promise<unknown>> = [];
const mailStops: Array<() => Promise<void>> = [];

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: ownership is settled before the content rules look at the entry.
    registerOwnershipGuard(strapi);
    registerCommuneGuard(strapi);
    guardRawUploadQueries(strapi);
    administratorOnlyMail(strapi);
    registerContentRules(strapi);
    registerBlockGuard(strapi);
    registerReportingGuard(strapi);
    // Review fields on every draft-and-publish owned type, and who may publish what (after ownership is settled).
    registerReviewFields(strapi);
    registerReviewRule(strapi);
    // Heard after every rule, and outside the notifier's transaction: only a publish that went through and
    // was committed is told to the desk (and mailed).
    registerPublishedEvent(strapi);
    // Last but the audit, so it sees the write only once ownership and the rules have let it through; the write,
    // its outbox row and its audit entry are one transaction.
    registerChangeNotifier(strapi);
    // Innermost of all: records the write as it was stored, after every guard and rule let it through.
    registerAudit(strapi);
    registerBuildStatusRoute(strapi);
    registerOutboxRoutes(strapi);
    registerReportingRoutes(strapi);
    registerBulletinRoutes(strapi);
    registerCommuneRoutes(strapi);
    registerNotificationRoutes(strapi);
    registerReviewRoutes(strapi);
    registerWordRoutes(strapi);
    registerDeskRoutes(strapi);
    registerSubscriptionRoutes(strapi);
    registerShareKitRoutes(strapi);
    enforceAdminPasswordPolicy(strapi);
    registerVietnameseByDefault(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Every database query made for a signed-in account is scoped from here on (access/data-guard.ts).
    registerDataGuard(strapi);
    await bootstrapAudit(strapi);
    await registerConditions(strapi);
    await ensureLocales(strapi);
    await syncRoles(strapi);
    await applyAdminLabels(strapi);
    if (process.env.COLUMN57_SEED === 'demo') {
      // COLUMN57_SEED_BODIES limits the articles, honours and tasks to a few bodies (tests use it).
      const only = (process.env.COLUMN57_SEED_BODIES ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      await seedDemo(strapi, undefined, only);
      await seedReportingHistory(strapi);
      if (process.env.COLUMN57_DEMO_PASSWORD) await ensureDemoAccounts(strapi, process.env.COLUMN57_DEMO_PASSWORD);
    }
    if (process.env.COLUMN57_TOKEN_FILE) await ensureGeneratorToken(strapi, process.env.COLUMN57_TOKEN_FILE);
    if (process.env.COLUMN57_REPORT_TOKEN_FILE) await ensureReportToken(strapi, process.env.COLUMN57_REPORT_TOKEN_FILE);
    startNotifying();
    // From here on every action is recorded; the seed and the roles' sync above are the CMS setting itself up.
    startRecording();
    // Mail first, so that what the scheduler and the reminders tell at start is heard.
    const stopMail = startNotifications(strapi);
    runsUnderWay.push(
      registerSchedule(strapi),
      registerReportingCycle(strapi),
      registerReportReminders(strapi),
      startSubscriptions(strapi),
    );
    mailStops.push(stopMail);
  },

  /** Scheduled publishing and the reporting cycle finish what they are doing before the database closes. */
  async destroy() {
    await Promise.all(runsUnderWay.splice(0).map((settle) => settle()));
    // Then the mail they may have queued stops being sent (what is left is sent at the next start).
    await Promise.all(mailStops.splice(0).map((stop) => stop()));
  },
};
