const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Indexes below this fit beside a 32-bit key in the 53 exact bits of a double. */
const INDEX_SPAN = 2 ** 21;
/** Board positions are told apart to 1/64 of a unit, coarser only where 32-bit keys need it. */
const FINEST_STEPS = 64;
const MAX_KEY = 2 ** 32 - 1;

/**
 * The indexes of `values` (board positions between `lowest` and `highest`, which the caller
 * found while filling them) ordered by value, ties in index order: the values made whole numbers
 * at a fine step and ordered by `orderByKeys`.
 */
export function orderByValues(values: Float64Array, lowest: number, highest: number): Uint32Array {
  const n = values.length;
  const step = Math.min(FINEST_STEPS, MAX_KEY / Math.max(1, highest - lowest));
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor(((values[i] as number) - lowest) * step);
  return orderByKeys(keys);
}

/**
 * The indexes 0..n-1 ordered by their unsigned 32-bit keys, ties in index order. Each key and its
 * index are packed into one double (key · 2²¹ + index) and sorted by the engine's own typed-array
 * sort: a command line sorts once per question, and its native sort is fast from the first call,
 * where a sort written in script runs interpreted until the engine has compiled it. Lists too long
 * to pack are radix-sorted (see `radixOrder`).
 */
export function orderByKeys(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  if (n > INDEX_SPAN) return radixOrder(keys);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) * INDEX_SPAN + i;
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % INDEX_SPAN;
  return order;
}

/**
 * The same order as `orderByKeys`, by a least significant digit radix sort in three passes of 11
 * bits, linear in n and for any n.
 */
export function radixOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((keys[order[i] as number] as number) >>> shift) & MASK;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const index = order[i] as number;
      const digit = ((keys[index] as number) >>> shift) & MASK;
      spare[counts[digit] as number] = index;
      counts[digit] = (counts[digit] as number) + 1;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
