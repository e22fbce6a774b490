import { describe, expect, it } from "vitest";
import { userFrame, userNote } from "./emulator-test-kit";
import { recordOfItem } from "./user-board";

describe("recordOfItem", () => {
  it("stores a sticky's CSS fill as the nearest of Miro's names, and its shape by its size", () => {
    expect(recordOfItem(userNote("n", { fill: "#F5D128" }), "mark")).toMatchObject({
      style: { fillColor: "yellow" },
      shape: "square",
    });
    expect(
      recordOfItem(userNote("n", { width: 350, height: 228, fill: null }), "mark"),
    ).toMatchObject({
      style: { fillColor: "light_yellow" },
      shape: "rectangle",
    });
  });

  it("keeps a shape's outline, a drawn line as the thin rectangle Miro boards rule with", () => {
    const base = userNote("x", { text: "", fill: null });
    expect(recordOfItem({ ...base, kind: "shape", shape: "right_arrow" }, "m")).toMatchObject({
      shape: "right_arrow",
    });
    expect(recordOfItem({ ...base, kind: "shape" }, "m")).toMatchObject({ shape: "rectangle" });
    expect(
      recordOfItem({ ...base, kind: "shape", shape: "line", width: 1800, height: 4 }, "m"),
    ).toMatchObject({ shape: "rectangle", width: 1800, height: 4 });
  });

  it("makes a record with a mark the app's, the mark its metadata", () => {
    const mark = {
      schemaVersion: 2 as const,
      part: "tidy" as const,
      role: "tidy-note" as const,
      key: "tidy-note:1",
      groupId: "t1",
    };
    expect(recordOfItem(userNote("n", { mark }), "jm")).toMatchObject({
      origin: "app",
      metadata: { jm: mark },
    });
  });

  it("converts cards, shapes, texts, frames, connectors, images and the unsupported", () => {
    const base = userNote("x", { text: "Words", fill: "#ff0000" });
    expect(
      recordOfItem({ ...base, kind: "card", due: "2025-01-31", status: "done" }, "m"),
    ).toMatchObject({
      type: "card",
      title: "<p>Words</p>",
      dueDate: "2025-01-31",
      taskStatus: "done",
    });
    expect(recordOfItem({ ...base, kind: "shape", style: { fontSize: 24 } }, "m")).toMatchObject({
      type: "shape",
      content: "<p>Words</p>",
      style: { fillColor: "#ff0000", fontSize: 24 },
    });
    expect(recordOfItem({ ...base, kind: "text" }, "m")).toMatchObject({
      type: "text",
      style: { textAlign: "left" },
    });
    expect(recordOfItem(userFrame("f", { text: "Stage" }), "m")).toMatchObject({
      type: "frame",
      title: "Stage",
    });
    expect(
      recordOfItem({ ...base, kind: "connector", ends: { from: "a", to: "b" } }, "m"),
    ).toMatchObject({
      type: "connector",
      start: { item: "a" },
      end: { item: "b" },
    });
    expect(recordOfItem({ ...base, kind: "other", platformType: "image" }, "m")).toMatchObject({
      type: "image",
    });
    expect(recordOfItem({ ...base, kind: "other", platformType: "table" }, "m")).toMatchObject({
      type: "unsupported",
      sdkType: "table",
    });
  });
});
