import { errors } from '@strapi/utils';

export interface FieldProblem {
  field: string;
  /** Vietnamese first, then English: what is wrong and how to fix it. */
  vi: string;
  en: string;
}

/** One ValidationError carrying every problem, each attached to its field so the admin form shows it there. */
export function throwIfProblems(problems: FieldProblem[]) {
  if (!problems.length) return;
  const lines = problems.map((p) => `${p.field}: ${p.vi} / ${p.en}`);
  throw new errors.ValidationError(lines.join('\n'), {
    errors: problems.map((p) => ({ path: p.field.split('.'), message: `${p.vi} / ${p.en}`, name: 'ValidationError' })),
  });
}
