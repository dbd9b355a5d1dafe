/**
 * Types the UI imports (`import type` only: the UI never loads worker code, it starts
 * importWorker.ts and analysisWorker.ts as workers and wraps them with Comlink).
 */
export type {
  AnalysisWorkerApi,
  BROADCAST_CHANNEL,
  BroadcastMessage,
  DatasetInfo,
  FieldSample,
  ImportOutcome,
  ImportTarget,
  ImportWorkerApi,
  OpenedDataset,
  PendingFile,
  ProgressCallback,
  SampleValue,
} from './contracts.ts';
export type { Failure, Reply } from './reply.ts';
export type { RiskMatrixColumns, RiskResult, RiskStageRow } from './views/riskHandlers.ts';
export type { SatisfactionResult } from './views/satisfactionHandlers.ts';
export type { AcceptedMove, AllocationOptions, AllocationResult, OwnerLoad, ProposedMove } from './views/allocationHandlers.ts';
export type {
  BreakdownDimension,
  BreakdownRow,
  ConcentrationResult,
  DimensionValue,
  DimensionValues,
  RankedCustomer,
  RemovedCustomer,
  StressRemoval,
  StressResult,
} from './views/concentrationHandlers.ts';
export type { OverviewResult } from './views/overviewResult.ts';
export type { SegmentRow, TierMover, TierRow, TiersResult } from './views/tiersHandlers.ts';
export type { LifecycleResult, StageRow } from './views/lifecycleHandlers.ts';
export type {
  CustomerAtDate,
  CustomerColumn,
  CustomerDetail,
  CustomerFilterValues,
  CustomerRow,
  CustomersCsvLabels,
  CustomersFilter,
  CustomersPage,
  CustomersQuery,
} from './views/customersHandlers.ts';
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
