import { describe, expect, it } from "vitest";
import { Random } from "../../corpus/random";

const seeded = (seed: number) => {
  const source = new Random(seed);
  return () => source.next();
};

import { orderByKeys, radixOrder } from "./order-by-keys";

describe("orderByKeys and radixOrder", () => {
  it("orders indexes by key, ties by index, over the whole 32-bit range", () => {
    const random = seeded(11);
    for (const size of [0, 1, 2, 17, 500, 5000]) {
      const keys = Uint32Array.from({ length: size }, () =>
        random() < 0.3 ? Math.floor(random() * 8) : Math.floor(random() * 2 ** 32),
      );
      const expected = [...keys.keys()].sort(
        (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
      );
      expect([...orderByKeys(keys)]).toEqual(expected);
      expect([...radixOrder(keys)]).toEqual(expected);
    }
  });
});
