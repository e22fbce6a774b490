import { describe, expect, it } from "vitest";
import type { MiroItem } from "./miro-api";
import { isBoardItem, isFrame, isPlaced, isSticky, isTag } from "./miro-item-types";
import { frameView, stickyView } from "./miro-sdk-test-kit";

describe("Miro item types", () => {
  const group: MiroItem = { id: "g", type: "group" };
  const tag: MiroItem = { id: "t", type: "tag", title: "Urgent", color: "red" };

  it("reads the types the app reads, and no others", () => {
    expect([stickyView(), frameView(), group, tag].map(isBoardItem)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([isSticky(stickyView()), isFrame(stickyView()), isTag(tag)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("knows connectors have no place of their own", () => {
    const connector: MiroItem = { id: "c", type: "connector" };
    expect([isPlaced(stickyView()), isPlaced(connector), isPlaced(group)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
