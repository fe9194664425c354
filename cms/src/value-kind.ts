/**
 * How a comparison shows a field's values (the review queue, the history panel, the audit page): an option
 * by its Vietnamese name, a yes/no as Có/Không, anything else as text. Decided by the field's type, never
 * guessed from the value. Imports nothing: the admin panel shares it.
 */
export type ValueKind = 'option' | 'boolean';

export const valueKindOf = (attributeType: string | undefined): ValueKind | undefined =>
  attributeType === 'enumeration' ? 'option' : attributeType === 'boolean' ? 'boolean' : undefined;
