export * from './byteKeyMap.ts';
export * from './detachText.ts';
export * from './growableColumn.ts';
export * from './textDictionary.ts';
