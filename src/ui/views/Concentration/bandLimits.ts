import type { HhiBandSystem } from '../../../core/index.ts';

/**
 * The two HHI limits of a band system, for labels and reference lines: below the first is
 * unconcentrated, above the second highly concentrated (US merger guidelines 2023 §2.1, 2010 §5.3;
 * the same numbers core's hhiBand uses).
 */
export function bandLimits(system: HhiBandSystem): readonly [number, number] {
  return system === '2023' ? [1000, 1800] : [1500, 2500];
}
