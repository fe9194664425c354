export * from './schema.ts';
export * from './urls.ts';
export { AUDIENCE, ASSET_KIND, BODY_KIND, CHANNEL, DOCUMENT_STATUS, DOCUMENT_TYPE, HONOUR_KIND, TASK_STATUS } from './vocabulary.ts';
export type * from './types.ts';
export * from './validate.ts';
export * from './cms-client.ts';
export * from './from-cms.ts';
