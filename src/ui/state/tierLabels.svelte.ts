import type { Tier } from '../../core/index.ts';
import type { PrefsStore } from './prefs.svelte.ts';

/** How tiers are named: by letter (A / B / C) or by role (VIP / Key / Standard). */
export const TIER_LABEL_SCHEMES = ['letters', 'names'] as const;
export type TierLabelScheme = (typeof TIER_LABEL_SCHEMES)[number];

const KEY = 'tierscope.tierLabels';

/** The tier naming the user chose on the Tiers view, remembered between visits. */
export class TierLabels {
  scheme: TierLabelScheme = $state('letters');
  readonly #store: PrefsStore | null;

  constructor(store: PrefsStore | null) {
    this.#store = store;
    let saved: string | null = null;
    try {
      saved = store?.getItem(KEY) ?? null;
    } catch {
      // Storage refused (private mode): the default applies.
    }
    if (saved !== null && (TIER_LABEL_SCHEMES as readonly string[]).includes(saved)) this.scheme = saved as TierLabelScheme;
  }

  set(scheme: TierLabelScheme): void {
    this.scheme = scheme;
    try {
      this.#store?.setItem(KEY, scheme);
    } catch {
      // Not remembered; the choice still applies to this visit.
    }
  }

  /** The message key of a tier's label under the chosen scheme. */
  key(tier: Tier): `tiers.label.${TierLabelScheme}.${Tier}` {
    return `tiers.label.${this.scheme}.${tier}`;
  }
}
