import { hhiBand } from '../../../core/index.ts';
import type { HhiBandSystem } from '../../../core/index.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { KpiFormat } from './kpis.ts';

export interface FormattedKpi {
  readonly text: string;
  /** A qualifier shown under the value (the HHI band). */
  readonly note: string | null;
}

/**
 * The visible text of a KPI; the raw value goes to `data-value` untouched. Amounts are shown in
 * the data set's currency when it has one (ISO 4217 code), else as plain numbers with 2 decimals.
 */
export function formatKpi(
  value: number | null,
  format: KpiFormat,
  i18n: I18n,
  bands: HhiBandSystem = '2023',
  currency: string | null = null,
): FormattedKpi {
  if (value === null) return { text: i18n.t('value.none'), note: null };
  const { format: f } = i18n;
  switch (format) {
    case 'amount':
      return { text: currency === null ? f.decimal(value, 2) : f.currency(value, currency), note: null };
    case 'count':
      return { text: f.integer(value), note: null };
    case 'share':
      return { text: f.percent(value), note: null };
    case 'hhi': {
      const band = hhiBand(value, bands);
      return { text: f.integer(value), note: band === null ? null : i18n.t(`band.${band}`) };
    }
    case 'index':
      return { text: f.decimal(value, 3), note: null };
    case 'decimal1':
      return { text: f.decimal(value, 1), note: null };
  }
}
