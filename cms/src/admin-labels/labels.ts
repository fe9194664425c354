import type { Message } from '@column57/i18n';
import { CMS_LOG_TEXT } from '../log-messages';

/**
 * What the admin panel shows editors for one content type: each field's label and help, the list's
 * columns, the field that names an entry, and the list's order. Strapi keeps one label per field and the
 * panel is in Vietnamese, so the Vietnamese side of a type's catalogue is what is applied: the label as
 * editors read it, with the English term in brackets where they meet it in English. The English side is
 * the same label for an English reader.
 */
export type Field = [label: string, description?: string];
export interface TypeLabels {
  uid: string;
  fields: Record<string, Field>;
  list?: string[];
  mainField?: string;
  sort?: [string, 'ASC' | 'DESC'];
  /** Fields kept out of the edit form (the server writes them; a side panel shows them). */
  hidden?: string[];
}

/**
 * The fields of a type's catalogue: a key named as the field is its label, the same name with "Help"
 * after it (`slugHelp`) the help shown under the field. A help that takes values is filled in by the type.
 */
export function fieldsOf(catalogue: { messages: { vi: Record<string, Message> } }): Record<string, Field> {
  const vi = catalogue.messages.vi;
  const stray = Object.keys(vi).find((key) => key.endsWith('Help') && !(key.slice(0, -'Help'.length) in vi));
  if (stray) throw new Error(CMS_LOG_TEXT.both('strayHelp', { key: stray }));
  return Object.fromEntries(
    Object.keys(vi)
      .filter((key) => !key.endsWith('Help'))
      .map((field): [string, Field] => {
        const [label, help] = [vi[field], vi[`${field}Help`]];
        if (typeof label !== 'string') throw new Error(CMS_LOG_TEXT.both('labelTakesValues', { field }));
        return [field, typeof help === 'string' ? [label, help] : [label]];
      }),
  );
}
