import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ANNUAL_PLAN } from './annual-plan';
import { ARTICLE } from './article';
import { AUDIENCE } from './audience';
import { BODY } from './body';
import { CAMPAIGN } from './campaign';
import { CHANGE_NOTICE } from './change-notice';
import { HONOUR } from './honour';
import type { TypeLabels } from './labels';
import { MEMBERSHIP } from './membership';
import { MONTHLY_REPORT } from './monthly-report';
import { PROGRAMME_FACT } from './programme-fact';
import { RADIO_BULLETIN } from './radio-bulletin';
import { RESOLUTION_DOCUMENT } from './resolution-document';
import { ST_TASK } from './st-task';
import { SUBSCRIPTION } from './subscription';
import { TOPIC } from './topic';
import { REVIEW } from './shared';
import { isOwnedType } from '../access/owned-types';

/** Review (review/fields.ts) on every owned type: its state a column of the list, the rest out of the form. */
const withReview = (labels: TypeLabels): TypeLabels =>
  isOwnedType(labels.uid)
    ? { ...labels, fields: { ...labels.fields, ...REVIEW }, list: [...(labels.list ?? []), 'reviewState'], hidden: Object.keys(REVIEW) }
    : labels;

/**
 * What editors read in the admin panel: Vietnamese field labels and help, the English term after it, from
 * one catalogue per content type beside this file (labels.ts says how a catalogue becomes labels).
 * Applied again only when the labels change (a fingerprint of them is stored), so an administrator's own
 * changes to the layouts survive restarts and no version number has to be remembered.
 */
export const LABELS: TypeLabels[] = [
  ARTICLE,
  RESOLUTION_DOCUMENT,
  CAMPAIGN,
  HONOUR,
  ST_TASK,
  RADIO_BULLETIN,
  BODY,
  TOPIC,
  AUDIENCE,
  PROGRAMME_FACT,
  MONTHLY_REPORT,
  ANNUAL_PLAN,
  MEMBERSHIP,
  SUBSCRIPTION,
  CHANGE_NOTICE,
].map(withReview);

export async function applyAdminLabels(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  const fingerprint = createHash('sha256').update(JSON.stringify(LABELS)).digest('hex');
  if ((await store.get({ key: 'adminLabelsFingerprint' })) === fingerprint) return;
  const service = strapi.plugin('content-manager').service('content-types');
  for (const { uid, ...labels } of LABELS) {
    const current = await service.findConfiguration({ uid });
    const metadatas = { ...current.metadatas };
    for (const [field, [label, description]] of Object.entries(labels.fields)) {
      if (!metadatas[field]) continue;
      metadatas[field] = {
        edit: {
          ...metadatas[field].edit,
          label,
          ...(description ? { description } : {}),
          ...(labels.hidden?.includes(field) ? { visible: false, editable: false } : {}),
        },
        list: { ...metadatas[field].list, label: label.replace(/ \(.*\)$/, '') },
      };
    }
    const settings = {
      ...current.settings,
      ...(labels.mainField ? { mainField: labels.mainField } : {}),
      ...(labels.sort ? { defaultSortBy: labels.sort[0], defaultSortOrder: labels.sort[1] } : {}),
    };
    // Hidden fields also leave the form's rows, so that no empty row stands where they were.
    const hidden = new Set(labels.hidden ?? []);
    const edit = (current.layouts.edit as Array<Array<{ name: string }>>)
      .map((row) => row.filter((cell) => !hidden.has(cell.name)))
      .filter((row) => row.length > 0);
    const layouts = { ...current.layouts, edit, ...(labels.list ? { list: labels.list } : {}) };
    await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
  }
  await store.set({ key: 'adminLabelsFingerprint', value: fingerprint });
}
