/** Code in a per-customer Uint8Array of classes (tier, stage, RFM segment) for a customer in none. */
export const UNCLASSIFIED = 255;
