import { describe, expect, it } from "vitest";
import { miroItemKind } from "./miro-item-kind";

describe("miroItemKind", () => {
  it("reads Miro's item types as the port's kinds, app cards as cards", () => {
    expect(
      ["sticky_note", "card", "app_card", "shape", "text", "frame", "connector"].map(miroItemKind),
    ).toEqual(["sticky", "card", "card", "shape", "text", "frame", "connector"]);
  });

  it("reads anything else as other, names of an object's own properties too", () => {
    expect(
      ["image", "embed", "mindmap_node", "constructor", "toString", ""].map(miroItemKind),
    ).toEqual(Array(6).fill("other"));
  });
});
