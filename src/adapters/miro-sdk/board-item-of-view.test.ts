import { describe, expect, it } from "vitest";
import { contractMark } from "../contract/board-harness";
import { boardItemOf, type ViewContext } from "./board-item-of-view";
import type { MiroCard, MiroConnector, MiroShape, MiroText } from "./miro-api";
import { frameView, itemCalls, stickyView } from "./miro-sdk-test-kit";

const TAGS = new Map([["t1", "Urgent"]]);
const at = (x: number, y: number, mark: ViewContext["mark"] = null): ViewContext => ({
  centre: { x, y },
  mark,
  tagTitle: (id) => TAGS.get(id),
});

const card: MiroCard = {
  id: "c1",
  type: "card",
  parentId: "f1",
  x: 10,
  y: 20,
  width: 320,
  height: 94,
  rotation: 0,
  title: "Fix the queue &amp; signs",
  description: "<p>Before summer</p><p>Ask Ann</p>",
  dueDate: "2025-06-01T00:00:00.000Z",
  taskStatus: "in-progress",
  tagIds: ["t1", "gone"],
  style: { cardTheme: "#2d9bf0" },
  ...itemCalls(),
};

describe("boardItemOf", () => {
  it("reads a user's sticky note as the contract's plain record", () => {
    const item = boardItemOf(
      stickyView({ style: { ...stickyView().style, fillColor: "red" } }),
      at(100, 100),
    );
    expect(item).toEqual({
      id: "s1",
      kind: "sticky",
      platformType: "sticky_note",
      text: "Note",
      fill: "red",
      x: 100,
      y: 100,
      width: 199,
      height: 228,
      rotation: 0,
      parentId: null,
      mark: null,
    });
  });

  it("keeps the app's mark and the titles of the tags it finds", () => {
    const mark = contractMark("n1");
    const item = boardItemOf(stickyView({ tagIds: ["t1", "t9"] }), at(0, 0, mark));
    expect(item.mark).toEqual(mark);
    expect(item.tags).toEqual(["Urgent"]);
  });

  it("reads a card's title and description as lines, its due date and status", () => {
    expect(boardItemOf(card, at(510, 420))).toMatchObject({
      kind: "card",
      text: "Fix the queue & signs\nBefore summer\nAsk Ann",
      fill: "#2d9bf0",
      x: 510,
      y: 420,
      parentId: "f1",
      due: "2025-06-01",
      status: "in-progress",
      tags: ["Urgent"],
    });
    const plain = boardItemOf({ ...card, dueDate: undefined, taskStatus: "none" }, at(0, 0));
    expect(plain.due).toBeNull();
    expect(plain.status).toBeUndefined();
  });

  it("reads no fill where none shows, and a shape's font size", () => {
    const shape: MiroShape = {
      id: "sh",
      type: "shape",
      parentId: null,
      x: 0,
      y: 0,
      width: 100,
      height: 50,
      rotation: 12,
      content: "<p><strong>Stage</strong> 1</p>",
      shape: "rectangle",
      style: {
        color: "#1a1a1a",
        fillColor: "#ffffff",
        fillOpacity: 0,
        fontFamily: "open_sans",
        fontSize: 28,
        textAlign: "center",
        textAlignVertical: "middle",
        borderStyle: "normal",
        borderOpacity: 1,
        borderColor: "#1a1a1a",
        borderWidth: 2,
      },
      ...itemCalls(),
    };
    expect(boardItemOf(shape, at(0, 0))).toMatchObject({
      kind: "shape",
      shape: "rectangle",
      text: "Stage 1",
      fill: null,
      rotation: 12,
      style: { fontSize: 28 },
    });
    const text: MiroText = {
      id: "t",
      type: "text",
      parentId: null,
      x: 0,
      y: 0,
      width: 300,
      height: 40,
      rotation: 0,
      content: "<p>Title</p>",
      style: {
        color: "#1a1a1a",
        fillColor: "transparent",
        fillOpacity: 1,
        fontFamily: "open_sans",
        fontSize: 14,
        textAlign: "left",
      },
      ...itemCalls(),
    };
    expect(boardItemOf(text, at(0, 0))).toMatchObject({ kind: "text", fill: null, text: "Title" });
    expect(boardItemOf(frameView({ style: { fillColor: "transparent" } }), at(0, 0))).toMatchObject(
      { kind: "frame", text: "Frame", fill: null, width: 1000, height: 800 },
    );
  });

  it("reads a connector's ends, with no place or size of its own", () => {
    const connector: MiroConnector = {
      id: "k",
      type: "connector",
      parentId: null,
      start: { item: "a" },
      end: { item: "b" },
      style: {},
      shape: "curved",
      ...itemCalls(),
    };
    expect(boardItemOf(connector, at(0, 0))).toMatchObject({
      kind: "connector",
      text: "",
      fill: null,
      width: 0,
      height: 0,
      ends: { from: "a", to: "b" },
    });
    const loose = boardItemOf({ ...connector, end: { position: { x: 1, y: 2 } } }, at(0, 0));
    expect(loose.ends).toBeUndefined();
  });

  it("reads a shape's outline as Miro names it, and none for other items", () => {
    const arrow: MiroShape = {
      id: "ar",
      type: "shape",
      parentId: null,
      x: 0,
      y: 0,
      width: 400,
      height: 120,
      rotation: 0,
      content: "<p>Awareness</p>",
      shape: "right_arrow",
      style: {
        color: "#1a1a1a",
        fillColor: "#ffdc4a",
        fillOpacity: 1,
        fontFamily: "open_sans",
        fontSize: 14,
        textAlign: "center",
        textAlignVertical: "middle",
        borderStyle: "normal",
        borderOpacity: 1,
        borderColor: "#1a1a1a",
        borderWidth: 2,
      },
      ...itemCalls(),
    };
    expect(boardItemOf(arrow, at(0, 0))).toMatchObject({
      kind: "shape",
      shape: "right_arrow",
      fill: "#ffdc4a",
    });
    expect(boardItemOf(stickyView(), at(0, 0)).shape).toBeUndefined();
  });
});
