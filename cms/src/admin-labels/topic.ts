import type { TypeLabels } from './labels';
import { NAMED } from './shared';

export const TOPIC: TypeLabels = { uid: 'api::topic.topic', mainField: 'nameVi', fields: NAMED };
