/** ISO 4217 codes the currency choice offers first; a code found in the file is added when missing. */
export const CURRENCIES: readonly string[] = [
  'CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'SGD', 'KRW', 'INR', 'AUD', 'CAD', 'CHF', 'SEK', 'BRL', 'MXN',
];
