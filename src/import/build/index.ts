export * from './byteKeyMap.ts';
export * from './decodeUtf8.ts';
export * from './detachText.ts';
export * from './growableColumn.ts';
export * from './textDictionary.ts';
export * from './latestAttributes.ts';
