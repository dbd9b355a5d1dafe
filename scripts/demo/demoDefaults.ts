/** The bundled demo file: what `npm run demo:generate` writes without arguments. */
export const DEMO_DEFAULTS = {
  rows: 14_000,
  seed: 20_251_231,
  out: 'public/demo/tierscope-demo.csv',
  firstDay: '2023-01-01',
  lastDay: '2025-12-31',
} as const;
