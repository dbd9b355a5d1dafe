import { en } from '../../../i18n/index.ts';
import type { I18n, MessageKey } from '../../../i18n/index.ts';

/** The name people know an export preset by ("Shopify orders"); the preset's id when it has no name yet. */
export function presetName(preset: string, i18n: I18n): string {
  const key = `preset.${preset}`;
  return Object.hasOwn(en, key) ? i18n.t(key as MessageKey) : preset;
}
