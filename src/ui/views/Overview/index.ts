export { default as OverviewView } from './OverviewView.svelte';
export { KPI_GROUPS } from './kpis.ts';
export type { Kpi, KpiFormat, KpiGroup, MetricKey } from './kpis.ts';
export { formatKpi } from './formatKpi.ts';
export type { FormattedKpi } from './formatKpi.ts';
export { findings } from './findings.ts';
export type { Finding, FindingParam } from './findings.ts';
