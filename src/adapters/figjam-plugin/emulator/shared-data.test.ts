import { describe, expect, it } from "vitest";
import type { SharedData } from "./figjam-record";
import {
  checkSharedEntry,
  SHARED_ENTRY_LIMIT,
  setSharedValue,
  sharedKeys,
  sharedValue,
} from "./shared-data";

describe("shared plugin data", () => {
  it("answers the empty string for what is not stored, and forgets a key set to it", () => {
    const data: SharedData = {};
    expect(sharedValue(data, "journey_mapper", "mark")).toBe("");
    setSharedValue(data, "journey_mapper", "mark", "{}");
    setSharedValue(data, "journey_mapper", "other", "1");
    expect(sharedKeys(data, "journey_mapper")).toEqual(["mark", "other"]);
    setSharedValue(data, "journey_mapper", "mark", "");
    setSharedValue(data, "journey_mapper", "other", "");
    expect(data).toEqual({});
  });

  it("refuses a short namespace, a value not a string, and an entry over 100 kB", () => {
    expect(() => checkSharedEntry("jm", "k", "v")).toThrow("at least 3");
    expect(() => checkSharedEntry("journey_mapper", "k", 1)).toThrow("must be a string");
    const big = "x".repeat(SHARED_ENTRY_LIMIT);
    expect(() => checkSharedEntry("journey_mapper", "k", big)).toThrow("100 kB");
    expect(() => checkSharedEntry("journey_mapper", "mark", "{}")).not.toThrow();
  });
});
