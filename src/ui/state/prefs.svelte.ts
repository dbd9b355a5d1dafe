import { createI18n, isLocale } from '../../i18n/index.ts';
import type { I18n, Locale } from '../../i18n/index.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the choices are kept between visits (localStorage in the app). */
export interface PrefsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LOCALE_KEY = 'tierscope.locale';
const THEME_KEY = 'tierscope.theme';

/** Language and theme. A choice the user made wins over the browser's defaults. */
export class Prefs {
  locale: Locale = $state('en');
  theme: Theme = $state('system');
  /** Messages and formatters of the current language. */
  readonly i18n: I18n = $derived(createI18n(this.locale));
  readonly #store: PrefsStore | null;

  constructor(browserLocale: Locale, store: PrefsStore | null) {
    this.#store = store;
    const locale = read(store, LOCALE_KEY);
    const theme = read(store, THEME_KEY);
    this.locale = locale !== null && isLocale(locale) ? locale : browserLocale;
    this.theme = theme !== null && (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'system';
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    write(this.#store, LOCALE_KEY, locale);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    write(this.#store, THEME_KEY, theme);
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
