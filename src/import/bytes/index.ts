export * from './byteRecordReader.ts';
export * from './fastPathDeclined.ts';
export * from './byteRows.ts';
