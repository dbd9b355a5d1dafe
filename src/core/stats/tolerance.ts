/**
 * Relative tolerance for comparing computed shares and sums with thresholds. Amounts are decimal
 * numbers stored in binary, so a share that is exactly 80 % on paper (2.4 of 3.0) can come out as
 * 0.7999999999999999; anything within this fraction of a threshold counts as equal to it. It is far
 * below the precision of any money amount (15 significant digits) and far above rounding (≈ 1e-16).
 */
export const RELATIVE_TOLERANCE = 1e-12;
