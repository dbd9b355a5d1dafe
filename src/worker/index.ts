/**
 * Types the UI imports (`import type` only: the UI never loads worker code, it starts
 * importWorker.ts and analysisWorker.ts as workers and wraps them with Comlink).
 */
export type {
  Analysis,
  AnalysisWorkerApi,
  BROADCAST_CHANNEL,
  BroadcastMessage,
  DatasetInfo,
  FieldSample,
  ImportOutcome,
  ImportTarget,
  ImportWorkerApi,
  PendingFile,
  ProgressCallback,
  SampleValue,
} from './contracts.ts';
export type { Failure, Reply } from './reply.ts';
// The UI never imports the import pipeline itself; the shapes it receives come through here.
export type {
  ColumnMapping,
  DateOrder,
  Delimiter,
  Encoding,
  Field,
  FileInspection,
  FileKind,
  FileReport,
  ImportProgress,
  ImportSettings,
  RowCounts,
  SkippedLine,
} from '../import/index.ts';
