import type { FileReport } from '../import/index.ts';

/** The import report stored with a data set (stored format, version 1). */
export interface ImportReportV1 {
  readonly version: 1;
  /** One per source file, in the order of the data set's files. */
  readonly reports: readonly FileReport[];
}

export function importReport(reports: readonly FileReport[]): ImportReportV1 {
  return { version: 1, reports };
}

/** The file reports of a stored payload; [] for a data set stored without one (before schema v3) or an unknown version. */
export function storedReports(value: unknown): readonly FileReport[] {
  if (typeof value !== 'object' || value === null) return [];
  const { version, reports } = value as Record<string, unknown>;
  return version === 1 && Array.isArray(reports) ? (reports as FileReport[]) : [];
}
