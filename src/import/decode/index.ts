export * from './sniffEncoding.ts';
export * from './decodeChunks.ts';
export * from './undecodableBytes.ts';
