/** Day sentinel in Int32Array day columns for "no such day" (no purchase...): the smallest Int32. */
export const NO_DAY = -2147483648;
