import type { FileInspection, ImportSettings } from './types.ts';

/** The settings an inspection proposes (what the mapping step starts from). */
export function importSettings(inspection: FileInspection): ImportSettings {
  return {
    encoding: inspection.encoding,
    delimiter: inspection.delimiter,
    headerRow: inspection.headerRow,
    mapping: inspection.mapping,
    kind: inspection.kind,
    dateOrder: inspection.dateOrder ?? inspection.defaultDateOrder ?? 'dmy',
    dateSerial: inspection.dateSerial ?? false,
    revenueStatuses: inspection.revenueStatuses,
  };
}
