export * from './schema.ts';
export * from './urls.ts';
export * from './vocabulary.ts';
export * from './programme-targets.ts';
export type * from './types.ts';
export * from './validate.ts';
export * from './cms-client.ts';
export * from './from-cms.ts';
