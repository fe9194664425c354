import type { Bilingual, Locale } from '@column57/i18n';
import { errors } from '@strapi/utils';
import { fieldLabel } from '../admin-labels/field-label';

export interface FieldProblem {
  field: string;
  /** Vietnamese first, then English: what is wrong and how to fix it. */
  vi: string;
  en: string;
}

/** A message built in each language from other messages of that language (a field's name inside a sentence). */
export const inEach = (say: (locale: Locale) => string): Bilingual => ({ vi: say('vi'), en: say('en') });

/**
 * One ValidationError carrying every problem, each attached to its field so the admin form shows it there.
 * The message (the admin's toast) names each field by its label in the form, given the content type. A problem
 * outside any form (an account's password, an upload's file) names its field by key: still the field to fix.
 */
export function throwIfProblems(problems: FieldProblem[], uid?: string) {
  if (!problems.length) return;
  const lines = problems.map((p) => {
    const label = fieldLabel(uid, p.field) ?? p.field;
    return `${label}: ${p.vi} / ${p.en}`;
  });
  throw new errors.ValidationError(lines.join('\n'), {
    errors: problems.map((p) => ({ path: p.field.split('.'), message: `${p.vi} / ${p.en}`, name: 'ValidationError' })),
  });
}
