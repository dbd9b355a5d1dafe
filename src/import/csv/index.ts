export * from './detectNewline.ts';
export * from './parseText.ts';
export * from './csvRecordReader.ts';
export * from './readRecords.ts';
export * from './sniffDelimiter.ts';
