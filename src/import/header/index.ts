export * from './findHeaderRow.ts';
