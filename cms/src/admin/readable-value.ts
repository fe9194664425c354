import { BRANDING, ENUMERATION_LABELS } from './translations/ours';

/**
 * A stored value as an editor reads it in a comparison: an option by its Vietnamese name (codes are unique
 * across the vocabularies), yes or no, the text itself; an empty value as "∅".
 */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean')
    return BRANDING.vi[value ? 'app.components.ToggleCheckbox.on-label' : 'app.components.ToggleCheckbox.off-label'];
  if (typeof value === 'object') return JSON.stringify(value);
  return isOptionCode(value) ? ENUMERATION_LABELS.vi[value as string] : String(value);
}

export const isOptionCode = (value: unknown) => typeof value === 'string' && Object.hasOwn(ENUMERATION_LABELS.vi, value);
