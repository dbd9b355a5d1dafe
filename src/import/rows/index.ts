export * from './isBlankRecord.ts';
export * from './isTotalLabel.ts';
export * from './lineClassifier.ts';
