import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { sentences } from '../access/messages';
import { readScope, unscoped, within } from '../access/scope';
import { figureColumns } from './export/table';
import { type Figures, figuresOf, loadActivity } from './figures';
import { REPORT } from './guard';
import { REPORTING_TEXT as TEXT } from './messages';
import { periodOf } from './period';

export interface FigureLine {
  key: string;
  vi: string;
  en: string;
  value: number | string | null;
}

/**
 * A report's computed figures as people read them (the same words as every export), for the panel beside
 * the report's form. A draft's are computed now from what is published, so they are never stale; a
 * submitted version shows the figures it was submitted with.
 */
export async function reportFigures(strapi: Core.Strapi, actor: Actor, documentId: string) {
  const report = await strapi.db.query(REPORT).findOne({
    where: within({ documentId }, await readScope(strapi, actor, REPORT)),
    populate: { body: { select: ['documentId'] } },
  });
  if (!report?.body) throw new errors.NotFoundError(sentences(TEXT.pair('noReport', { documentId })));
  const period = periodOf(report.month);
  const fresh = report.reportStatus === 'draft';
  // The grassroots figures read every body's bulletins (a province counts its communes'): the report was
  // found within the caller's scope above, so what is counted for it is not the caller's to narrow.
  const figures: Figures = fresh
    ? figuresOf(await unscoped(() => loadActivity(strapi, report.body.documentId)), report.body.documentId, period)
    : report.figures;
  const lines: FigureLine[] = figures
    ? figureColumns<Figures>((f) => f).map((c) => ({ key: c.key, vi: c.vi, en: c.en, value: c.value(figures) }))
    : [];
  return {
    month: report.month,
    from: period.from,
    to: period.to,
    fresh,
    at: fresh ? new Date().toISOString() : report.figuresAt,
    lines,
  };
}
