import { LABELS } from './index';

/**
 * A field's label as the admin form shows it ("Cơ quan (body)"), for messages that name a field outside
 * the form: the toast of a refused save starts with it, never with the field's key.
 */
export function fieldLabel(uid: string | undefined, field: string): string | undefined {
  return LABELS.find((labels) => labels.uid === uid)?.fields[field]?.[0];
}
