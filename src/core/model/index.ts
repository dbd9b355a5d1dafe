export * from './dataset.ts';
export * from './options.ts';
export * from './issue.ts';
export * from './summary.ts';
export * from './filters.ts';
export * from './packedTexts.ts';
