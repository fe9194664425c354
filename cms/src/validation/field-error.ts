import type { Bilingual, Locale } from '@column57/i18n';
import { errors } from '@strapi/utils';

export interface FieldProblem {
  field: string;
  /** Vietnamese first, then English: what is wrong and how to fix it. */
  vi: string;
  en: string;
}

/** A message built in each language from other messages of that language (a field's name inside a sentence). */
export const inEach = (say: (locale: Locale) => string): Bilingual => ({ vi: say('vi'), en: say('en') });

/** One ValidationError carrying every problem, each attached to its field so the admin form shows it there. */
export function throwIfProblems(problems: FieldProblem[]) {
  if (!problems.length) return;
  const lines = problems.map((p) => `${p.field}: ${p.vi} / ${p.en}`);
  throw new errors.ValidationError(lines.join('\n'), {
    errors: problems.map((p) => ({ path: p.field.split('.'), message: `${p.vi} / ${p.en}`, name: 'ValidationError' })),
  });
}
