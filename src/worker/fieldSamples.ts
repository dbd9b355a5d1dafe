import { formatDay } from '../core/index.ts';
import { FIELDS, parseAmount, parseDate } from '../import/index.ts';
import type { Field, FileInspection, ImportSettings } from '../import/index.ts';
import type { FieldSample, SampleValue } from './contracts.ts';

const NUMBER_FIELDS: ReadonlySet<Field> = new Set(['amount', 'refunded', 'quantity', 'score']);

/**
 * The preview values of every mapped field (in FIELDS order) as the import will read them:
 * dates with the settings' day/month order (or as Excel serials) → `YYYY-MM-DD`, amounts,
 * refunds, quantities and scores → the number, other fields → the text. An empty or
 * unreadable date or number is null.
 */
export function fieldSamples(inspection: FileInspection, settings: ImportSettings): FieldSample[] {
  const { headers, preview } = inspection;
  const dateOptions = { order: settings.dateOrder, serial: settings.dateSerial ?? false };
  const read = (field: Field, raw: string): string | null => {
    if (field === 'date') {
      const day = raw.trim() === '' ? null : parseDate(raw, dateOptions);
      return day === null ? null : formatDay(day);
    }
    if (NUMBER_FIELDS.has(field)) {
      const value = raw.trim() === '' ? null : parseAmount(raw);
      return value === null ? null : String(value);
    }
    return raw;
  };
  const samples: FieldSample[] = [];
  for (const field of FIELDS) {
    const column = settings.mapping[field];
    if (column === undefined) continue;
    const values = preview.map((row): SampleValue => {
      const raw = row[column] ?? '';
      return { raw, parsed: read(field, raw) };
    });
    samples.push({ field, column: headers[column] ?? null, values });
  }
  return samples;
}
