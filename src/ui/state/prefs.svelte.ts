import { DEFAULT_NUMBER_FORMAT, createI18n, isLocale } from '../../i18n/index.ts';
import type { I18n, Locale, NumberFormat } from '../../i18n/index.ts';
import { DEFAULT_OPTIONS } from '../../core/index.ts';
import type { AnalysisOptions, TierThresholds } from '../../core/index.ts';
import { readSettings } from './readSettings.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the choices are kept between visits (localStorage in the app). */
export interface PrefsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LOCALE_KEY = 'tierscope.locale';
const THEME_KEY = 'tierscope.theme';
const ANALYSIS_KEY = 'tierscope.analysis';

/** The thresholds of Settings' Analysis section (applied through FilterState.thresholds). */
export type Thresholds = Pick<AnalysisOptions, 'tiers' | 'lifecycle' | 'hhiBands' | 'majorCustomerShare' | 'top5DependencyShare'>;

/** Language, theme, thresholds and number format. A choice the user made wins over the browser's defaults. */
export class Prefs {
  locale: Locale = $state('en');
  theme: Theme = $state('system');
  /** Thresholds chosen in Settings; null = the defaults. */
  thresholds: Thresholds | null = $state.raw(null);
  numbers: NumberFormat = $state.raw(DEFAULT_NUMBER_FORMAT);
  /** Messages and formatters of the current language and number format. */
  readonly i18n: I18n = $derived(createI18n(this.locale, this.numbers));
  readonly #store: PrefsStore | null;

  constructor(browserLocale: Locale, store: PrefsStore | null) {
    this.#store = store;
    const locale = read(store, LOCALE_KEY);
    const theme = read(store, THEME_KEY);
    this.locale = locale !== null && isLocale(locale) ? locale : browserLocale;
    this.theme = theme !== null && (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'system';
    const analysis = readSettings(read(store, ANALYSIS_KEY));
    this.thresholds = analysis.thresholds;
    this.numbers = analysis.numbers;
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    write(this.#store, LOCALE_KEY, locale);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    write(this.#store, THEME_KEY, theme);
  }

  /** Remembers thresholds (null = back to the defaults) and a number format. */
  setAnalysis(thresholds: Thresholds | null, numbers: NumberFormat): void {
    this.thresholds = thresholds;
    this.numbers = numbers;
    write(this.#store, ANALYSIS_KEY, JSON.stringify({ version: 1, thresholds, numbers }));
  }

  /** Saves tier thresholds edited on the Tiers view, keeping the other thresholds as saved. */
  setTiers(tiers: TierThresholds): void {
    const { lifecycle, hhiBands, majorCustomerShare, top5DependencyShare } = DEFAULT_OPTIONS;
    const saved = this.thresholds ?? { lifecycle, hhiBands, majorCustomerShare, top5DependencyShare };
    this.setAnalysis({ ...saved, tiers }, this.numbers);
  }
}

// Storage can be missing or refuse access (private mode, blocked cookies): the app then
// simply forgets the choice.
function read(store: PrefsStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(store: PrefsStore | null, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
