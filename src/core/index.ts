export * from './model/index.ts';
export * from './stats/index.ts';
export * from './metrics/index.ts';
export * from './format/index.ts';
