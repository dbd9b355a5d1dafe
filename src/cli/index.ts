export * from './analysisJson.ts';
export * from './fileReadError.ts';
export * from './fileSource.ts';
export * from './formatSummaryTable.ts';
export * from './parseArgs.ts';
export * from './runAnalyze.ts';
export * from './runCli.ts';
export * from './usage.ts';
