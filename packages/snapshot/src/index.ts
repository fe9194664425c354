export * from './schema.ts';
export type * from './types.ts';
export * from './validate.ts';
