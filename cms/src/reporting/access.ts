import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { exportBody, exportNational, type ExportFile, type Format, isFormat } from './export';
import { bodyReport, currentMonth, nationalPicture } from './national';
import { isFutureMonth, isMonth } from './period';
import { programmeOfficeSlug } from '../access/actor';
import { sentences } from '../access/messages';
import { REPORTING_TEXT } from './messages';

/** Who sees the national picture: administrators and the programme office (MST); the token of an operator. */
export const seesNational = (actor: Actor | 'token') =>
  actor === 'token' || actor.kind === 'administrator' || (actor.kind === 'member' && actor.programmeOffice);

export function checkedMonth(value: unknown, now = new Date()): string {
  const month = value === undefined || value === '' ? currentMonth(now) : String(value);
  if (!isMonth(month as unknown)) throw new errors.ValidationError(`month: "${month}" ${REPORTING_TEXT.both('monthNotYYYYMM')}`);
  if (isFutureMonth(month, now)) throw new errors.ValidationError(`month: ${month} ${REPORTING_TEXT.both('monthNotComeYet')}`);
  return month;
}

export function checkedFormat(value: unknown): Format {
  const format = value === undefined || value === '' ? 'json' : String(value);
  if (!isFormat(format)) throw new errors.ValidationError(`format: "${format}" ${REPORTING_TEXT.both('formatUnsupported')}`);
  return format;
}

/** The national summary, if this reader may see it. */
export async function nationalExport(strapi: Core.Strapi, actor: Actor | 'token', month: string, format: Format): Promise<ExportFile> {
  if (!seesNational(actor)) {
    throw new errors.ForbiddenError(sentences(REPORTING_TEXT.pair('nationalReadersOnly')));
  }
  const picture = await nationalPicture(strapi, month);
  const office = picture.rows.find((r) => r.body.slug === programmeOfficeSlug())?.body ?? null;
  return exportNational(picture, format, office);
}

/** One body's report, if this reader may see it: its own body, or the national readers. */
export async function bodyExport(
  strapi: Core.Strapi,
  actor: Actor | 'token',
  slug: string,
  month: string,
  format: Format,
): Promise<ExportFile> {
  const report = await bodyReport(strapi, slug, month);
  if (!report) throw new errors.NotFoundError(`body: ${REPORTING_TEXT.both('noSuchBody', { slug })}`);
  const own = actor !== 'token' && actor.kind === 'member' && actor.bodyDocumentId === report.body.documentId;
  if (!own && !seesNational(actor)) {
    throw new errors.ForbiddenError(sentences(REPORTING_TEXT.pair('ownBodyReportsOnly')));
  }
  return exportBody(report, format);
}
