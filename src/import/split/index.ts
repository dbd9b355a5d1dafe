export * from './tailJob.ts';
export * from './readTail.ts';
export * from './splitPoint.ts';
export * from './readInTwo.ts';
