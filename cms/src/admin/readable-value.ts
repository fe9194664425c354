import type { ValueKind } from '../value-kind';
import { BRANDING, ENUMERATION_LABELS } from './translations/ours';

const YES_NO = {
  true: BRANDING.vi['app.components.ToggleCheckbox.on-label'],
  false: BRANDING.vi['app.components.ToggleCheckbox.off-label'],
};

/**
 * A stored value as an editor reads it in a comparison, by its field's kind (value-kind.ts): an option by
 * its Vietnamese name, yes or no, the text itself; an empty value as "∅".
 */
export function readableValue(value: unknown, kind?: ValueKind): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean' || (kind === 'boolean' && (value === 'true' || value === 'false'))) return YES_NO[String(value) as 'true'];
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return kind === 'option' ? (ENUMERATION_LABELS.vi[text] ?? text) : text;
}
