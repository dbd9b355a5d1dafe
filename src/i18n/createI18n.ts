import { en } from './en.ts';
import type { MessageKey } from './en.ts';
import { createFormatters } from './formatters.ts';
import type { Formatters, NumberFormat } from './formatters.ts';
import type { Locale } from './locale.ts';
import { translate } from './translate.ts';
import type { MessageParams } from './translate.ts';
import { zhCN } from './zh-CN.ts';

const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, 'zh-CN': zhCN };

/** Everything a screen needs to speak one language: messages and Intl formatters. */
export interface I18n {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  readonly format: Formatters;
}

/** `numbers` is how amounts are shown (Settings); the defaults when omitted. */
export function createI18n(locale: Locale, numbers?: NumberFormat): I18n {
  const messages = MESSAGES[locale];
  return {
    locale,
    t: (key, params) => translate(messages[key], params),
    format: createFormatters(locale, numbers),
  };
}
