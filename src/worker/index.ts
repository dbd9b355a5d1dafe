/**
 * Entry of the analysis worker, and the barrel the UI imports types from (`import type`
 * only: the UI never loads this module, it starts it as a worker).
 */
import { expose } from 'comlink';
import { createWorkerApi } from './api.ts';

export type { WorkerApi } from './api.ts';
export type { Analysis } from './analysisHandlers.ts';
export type { Failure, Reply } from './reply.ts';
export type { ProgressCallback } from './throttleProgress.ts';
// The UI never imports the import pipeline itself; the shapes it receives come through here.
export type { FileReport, ImportProgress, RowCounts } from '../import/index.ts';

expose(createWorkerApi({ fetchFile: (url, init) => fetch(url, init), origin: self.location.origin }));
