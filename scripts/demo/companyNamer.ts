import { CATALOG } from './catalog.ts';
import type { Random } from './random.ts';

const { regions, industries, names } = CATALOG;
const ZH_LEGAL_FORMS = ['有限公司', '股份有限公司', '集团有限公司'];
const ZH_LEGAL_WEIGHTS = [82, 12, 6];
/** Redraws before a name is allowed to repeat (only when the name space runs out, at millions of customers). */
const MAX_TRIES = 24;

/**
 * Fictional company names that fit the customer: Chinese names (optional city, two-character
 * trade name, business word, legal form — 上海华腾科技有限公司) in Chinese regions, English
 * names (Northwind Traders Ltd, or a partnership such as "Carter, Reed & Co.") elsewhere.
 *
 * A name is stored as a small integer code (its parts' indices) and rebuilt on demand, so
 * millions of customers cost four bytes each; uniqueness is checked on a 32-bit hash of the
 * text (a rare false clash only costs a redraw).
 */
export class CompanyNamer {
  readonly #used = new Set<number>();

  /** Draws the code of a name not used yet (when the name space allows it). */
  draw(region: number, industry: number, random: Random): number {
    let code = 0;
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      code = regions[region].group === 'china' ? drawChinese(region, industry, random) : drawWestern(region, industry, random);
      const key = hashText(this.text(code, region, industry));
      if (!this.#used.has(key)) {
        this.#used.add(key);
        break;
      }
    }
    return code;
  }

  text(code: number, region: number, industry: number): string {
    if (regions[region].group === 'china') {
      const city = code & 15;
      const trade1 = (code >>> 4) & 31;
      const trade2 = (code >>> 9) & 31;
      const word = (code >>> 14) & 7;
      const legal = (code >>> 17) & 3;
      const prefix = city === 0 ? '' : regions[region].cities[city - 1];
      return `${prefix}${names.zhTrade1[trade1]}${names.zhTrade2[trade2]}${industries[industry].zhWords[word]}${ZH_LEGAL_FORMS[legal]}`;
    }
    if (code & 1) {
      const first = (code >>> 1) & 15;
      const second = (code >>> 5) & 15;
      return `${names.enSurnames[first]}, ${names.enSurnames[second]} & Co.`;
    }
    const stem = (code >>> 1) & 63;
    const word = (code >>> 7) & 7;
    const legal = (code >>> 10) & 7;
    return `${names.enStems[stem]} ${industries[industry].enWords[word]} ${regions[region].legalForms[legal]}`;
  }
}

function drawChinese(region: number, industry: number, random: Random): number {
  // Half the names carry the home city, as many registered company names do.
  const city = random.chance(0.5) ? 1 + random.int(0, regions[region].cities.length - 1) : 0;
  const trade1 = random.int(0, names.zhTrade1.length - 1);
  const trade2 = random.int(0, names.zhTrade2.length - 1);
  const word = random.int(0, industries[industry].zhWords.length - 1);
  const legal = random.weightedIndex(ZH_LEGAL_WEIGHTS);
  return city | (trade1 << 4) | (trade2 << 9) | (word << 14) | (legal << 17);
}

function drawWestern(region: number, industry: number, random: Random): number {
  if (random.chance(0.06)) {
    const first = random.int(0, names.enSurnames.length - 1);
    let second = random.int(0, names.enSurnames.length - 2);
    if (second >= first) second++;
    return 1 | (first << 1) | (second << 5);
  }
  const stem = random.int(0, names.enStems.length - 1);
  const word = random.int(0, industries[industry].enWords.length - 1);
  const legal = random.int(0, regions[region].legalForms.length - 1);
  return (stem << 1) | (word << 7) | (legal << 10);
}

/** FNV-1a over UTF-16 code units. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
