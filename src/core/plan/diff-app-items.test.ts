import { describe, expect, it } from "vitest";
import { appMark, unknownMark } from "../board/app-items/app-mark";
import type { BoardItem } from "../board/board-item";
import type { ItemRef } from "../board/board-port";
import { diffAppItems, type ItemChanges, type PlannedPart } from "./diff-app-items";
import type { PlanItem } from "./plan-item";

/** A small write-back: a summary per stage of two, a curve, and an actions area with cards. */
function plan(options: { stages?: number; actions?: string[]; headline?: string } = {}) {
  const stages = options.stages ?? 2;
  const actions = options.actions ?? ["a1", "a2"];
  const column = (stage: number) => ({ start: stage * 500, end: stage * 500 + 500 });
  const summaries: PlanItem[] = [
    {
      key: { role: "headline" },
      kind: "text",
      text: options.headline ?? "Hotspot: Buy",
      colour: { kind: "none" },
      x: 500,
      y: -500,
      width: 1000,
      height: 120,
    },
  ];
  const curve: PlanItem[] = [];
  for (let stage = 0; stage < stages; stage++) {
    summaries.push({
      key: { role: "stage-summary", stage },
      kind: "shape",
      text: `Stage ${stage}`,
      colour: { kind: "paper" },
      x: stage * 500 + 250,
      y: 1200,
      width: 460,
      height: 300,
      column: column(stage),
    });
    curve.push({
      key: { role: "emotion-point", stage },
      kind: "shape",
      text: "0",
      colour: { kind: "lane", lane: "gain" },
      x: stage * 500 + 250,
      y: 1800,
      width: 100,
      height: 100,
      column: column(stage),
    });
    if (stage > 0) {
      curve.push({
        key: { role: "emotion-line", from: stage - 1, to: stage },
        kind: "connector",
        text: "",
        colour: { kind: "none" },
        x: stage * 500,
        y: 1800,
        width: 0,
        height: 0,
        ends: [
          { role: "emotion-point", stage: stage - 1 },
          { role: "emotion-point", stage },
        ],
      });
    }
  }
  const area: PlanItem = {
    key: { role: "actions-area" },
    kind: "frame",
    text: "Actions",
    colour: { kind: "paper" },
    x: 2000 + 360,
    y: 300,
    width: 720,
    height: 600,
  };
  const cards = actions.map(
    (actionId, i): PlanItem => ({
      key: { role: "action", actionId },
      kind: "card",
      text: `Do ${actionId}`,
      colour: { kind: "action", status: "planned" },
      x: 2360,
      y: 220 + i * 240,
      width: 640,
      height: 200,
      parent: { role: "actions-area" },
      due: null,
      status: "to-do",
    }),
  );
  const parts: [PlannedPart, PlannedPart, PlannedPart] = [
    { part: "summaries", items: summaries },
    { part: "curve", items: curve },
    { part: "actions", items: [area, ...cards] },
  ];
  return parts;
}

const OPTIONS = { groupId: "wb", platform: "miro" } as const;

/** Applies changes to a board as a port would; new items get ids `n1`, `n2`... in order. */
function apply(board: readonly BoardItem[], changes: ItemChanges, createOnly = Infinity) {
  const removed = new Set(changes.remove);
  const items = board.filter((item) => !removed.has(item.id));
  const ids = new Map<string, string>();
  const idOf = (ref: ItemRef) => ("id" in ref ? ref.id : (ids.get(ref.ref) ?? "missing"));
  let next = items.length + removed.size + 1;
  for (const draft of changes.create.slice(0, createOnly)) {
    const id = `n${next++}`;
    ids.set(draft.ref, id);
    items.push({
      id,
      kind: draft.kind,
      platformType: draft.kind,
      text: draft.text,
      fill: draft.fill,
      x: draft.x,
      y: draft.y,
      width: draft.width,
      height: draft.height,
      rotation: 0,
      parentId: draft.parent ? idOf(draft.parent) : null,
      mark: draft.mark,
      ...(draft.kind === "card" ? { due: draft.due ?? null, status: "to-do" as const } : {}),
      ...(draft.ends ? { ends: { from: idOf(draft.ends.from), to: idOf(draft.ends.to) } } : {}),
    });
  }
  if (createOnly < changes.create.length) return items;
  return items.map((item) => {
    const patch = changes.update.find((p) => p.id === item.id);
    return patch ? { ...item, ...patch } : item;
  });
}

const written = () => apply([], diffAppItems(plan(), [], OPTIONS));
const keyed = (board: BoardItem[], key: string) => board.find((i) => i.mark?.key === key);
const move = (board: BoardItem[], ids: string[], dx: number, dy: number) =>
  board.map((i) => (ids.includes(i.id) ? { ...i, x: i.x + dx, y: i.y + dy } : i));
const NOTHING: ItemChanges = { create: [], update: [], remove: [] };

/** Checks a board holds each planned item once, in its container, joined to its ends. */
function expectWhole(board: BoardItem[]) {
  const keys = board.flatMap((i) => (i.mark ? [`${i.mark.part} ${i.mark.key}`] : []));
  expect(new Set(keys).size).toBe(keys.length);
  const ids = new Set(board.map((i) => i.id));
  for (const item of board) {
    if (item.parentId !== null) expect(ids.has(item.parentId)).toBe(true);
    if (item.ends) expect(ids.has(item.ends.from) && ids.has(item.ends.to)).toBe(true);
  }
}

describe("diffAppItems", () => {
  it("creates every planned item on an empty board, containers first and connectors last", () => {
    const changes = diffAppItems(plan(), [], OPTIONS);
    expect(changes.update).toEqual([]);
    expect(changes.remove).toEqual([]);
    expect(changes.create.map((d) => d.ref)).toEqual([
      "actions-area",
      "headline",
      "stage-summary:0",
      "stage-summary:1",
      "emotion-point:0",
      "emotion-point:1",
      "action:a1",
      "action:a2",
      "emotion-line:0:1",
    ]);
    expect(changes.create.find((d) => d.ref === "action:a1")?.parent).toEqual({
      ref: "actions-area",
    });
    const board = apply([], changes);
    expectWhole(board);
    expect(diffAppItems(plan(), board, OPTIONS)).toEqual(NOTHING);
  });

  it("finishes a write that stopped part-way, naming what is already there by id", () => {
    const stopped = apply([], diffAppItems(plan(), [], OPTIONS), 5);
    const rest = diffAppItems(plan(), stopped, OPTIONS);
    expect(rest.create.map((d) => d.ref)).toEqual([
      "emotion-point:1",
      "action:a1",
      "action:a2",
      "emotion-line:0:1",
    ]);
    expect(rest.update).toEqual([]);
    expect(rest.remove).toEqual([]);
    const area = keyed(stopped, "actions-area")?.id;
    expect(rest.create.find((d) => d.ref === "action:a1")?.parent).toEqual({ id: area });
    expect(rest.create.find((d) => d.ref === "emotion-line:0:1")?.ends).toEqual({
      from: { id: keyed(stopped, "emotion-point:0")?.id },
      to: { ref: "emotion-point:1" },
    });
    const board = apply(stopped, rest);
    expectWhole(board);
    expect(board).toHaveLength(9);
    expect(diffAppItems(plan(), board, OPTIONS)).toEqual(NOTHING);
  });

  it("makes again what a user deleted, and a line whose end was deleted with it", () => {
    const board = written();
    const point = keyed(board, "emotion-point:0")?.id;
    const line = keyed(board, "emotion-line:0:1")?.id;
    const gone = [keyed(board, "headline")?.id, keyed(board, "action:a2")?.id, point];
    const after = board.filter((i) => !gone.includes(i.id));
    const changes = diffAppItems(plan(), after, OPTIONS);
    expect(changes.create.map((d) => d.ref)).toEqual([
      "headline",
      "emotion-point:0",
      "action:a2",
      "emotion-line:0:1",
    ]);
    expect(changes.remove).toEqual([line]);
    const mended = apply(after, changes);
    expectWhole(mended);
    expect(diffAppItems(plan(), mended, OPTIONS)).toEqual(NOTHING);
  });

  it("makes a card again in a new area when the user moved it out and deleted the area", () => {
    const board = written();
    const area = keyed(board, "actions-area")?.id;
    const a1 = keyed(board, "action:a1")?.id;
    // Dragged out of the area, then the emptier area deleted: a1 is left on the open board.
    const after = board
      .filter((i) => i.id !== area && i.parentId !== area)
      .concat(board.filter((i) => i.id === a1).map((i) => ({ ...i, parentId: null, x: 9000 })));
    const changes = diffAppItems(plan(), after, OPTIONS);
    expect(changes.create.map((d) => d.ref)).toEqual(["actions-area", "action:a1", "action:a2"]);
    expect(changes.remove).toEqual([a1]);
    const mended = apply(after, changes);
    expectWhole(mended);
    expect(keyed(mended, "action:a1")?.parentId).toBe(keyed(mended, "actions-area")?.id);
    expect(diffAppItems(plan(), mended, OPTIONS)).toEqual(NOTHING);
  });

  it("leaves a moved headline or summary where the user put it, and updates its text there", () => {
    const board = written();
    const headline = keyed(board, "headline")?.id ?? "";
    const summary = keyed(board, "stage-summary:1")?.id ?? "";
    // Dragged up and aside, but the summary still under its own stage.
    const moved = move(move(board, [headline], 3000, -200), [summary], 150, 400);
    expect(diffAppItems(plan(), moved, OPTIONS)).toEqual(NOTHING);
    const changes = diffAppItems(plan({ headline: "Hotspot: Pay" }), moved, OPTIONS);
    expect(changes.update).toEqual([{ id: headline, text: "Hotspot: Pay" }]);
  });

  it("puts a stage-bound item back under its stage when it stands under another", () => {
    const board = written();
    const summary = keyed(board, "stage-summary:0")?.id ?? "";
    const point = keyed(board, "emotion-point:1")?.id ?? "";
    const moved = move(move(board, [summary], 600, 50), [point], -700, 0);
    const changes = diffAppItems(plan(), moved, OPTIONS);
    expect(changes.update).toEqual([
      { id: summary, x: 250, y: 1200 },
      { id: point, x: 750 },
    ]);
  });

  it("keeps the actions area where the user moved it, its cards with it, and lays new cards out in it", () => {
    const board = written();
    const inArea = board.filter((i) => i.mark?.part === "actions").map((i) => i.id);
    const moved = move(board, inArea, -400, 900);
    expect(diffAppItems(plan(), moved, OPTIONS)).toEqual(NOTHING);
    const more = diffAppItems(plan({ actions: ["a1", "a2", "a3"] }), moved, OPTIONS);
    expect(more.create).toHaveLength(1);
    expect(more.create[0]).toMatchObject({ ref: "action:a3", x: 2360 - 400, y: 700 + 900 });
    // A card dragged inside the area takes its place in the list again.
    const a1 = keyed(moved, "action:a1");
    const nudged = move(moved, [a1?.id ?? ""], 30, 500);
    expect(diffAppItems(plan(), nudged, OPTIONS).update).toEqual([
      { id: a1?.id, x: a1?.x, y: a1?.y },
    ]);
  });

  it("follows the journey: a stage removed goes with its summary, point and line; one added comes", () => {
    const board = written();
    const fewer = diffAppItems(plan({ stages: 1 }), board, OPTIONS);
    expect(fewer.create).toEqual([]);
    expect(fewer.update).toEqual([]);
    expect(fewer.remove).toEqual([
      keyed(board, "emotion-line:0:1")?.id,
      keyed(board, "stage-summary:1")?.id,
      keyed(board, "emotion-point:1")?.id,
    ]);
    const more = diffAppItems(plan({ stages: 3, actions: ["a2"] }), board, OPTIONS);
    expect(more.create.map((d) => d.ref)).toEqual([
      "stage-summary:2",
      "emotion-point:2",
      "emotion-line:1:2",
    ]);
    expect(more.remove).toEqual([keyed(board, "action:a1")?.id]);
    // a2 moves up into the place a1 left.
    expect(more.update).toEqual([{ id: keyed(board, "action:a2")?.id, y: 220 }]);
  });

  it("changes only the parts it plans, of its own group", () => {
    const board = written();
    const other = (item: BoardItem, groupId: string): BoardItem => ({
      ...item,
      id: `${item.id}-${groupId}`,
      mark: item.mark && appMark("summaries", { role: "stage-summary", stage: 7 }, groupId),
    });
    const summary = keyed(board, "stage-summary:0") as BoardItem;
    const extra: BoardItem[] = [
      other(summary, "wb-2"),
      { ...summary, id: "old", mark: unknownMark("ribbon:1", "wb") },
      { ...summary, id: "user", mark: null },
    ];
    // Only the actions are planned: the summaries and the curve stay, stale or not.
    const [, , actions] = plan({ actions: [] });
    const changes = diffAppItems([actions], [...board, ...extra], OPTIONS);
    expect(changes.create).toEqual([]);
    expect(changes.remove).toEqual([keyed(board, "action:a1")?.id, keyed(board, "action:a2")?.id]);
    expect(changes.update).toEqual([]);
  });

  it("removes a second copy of an item, but no container that holds a user's note", () => {
    const board = written();
    const headline = keyed(board, "headline") as BoardItem;
    const area = keyed(board, "actions-area") as BoardItem;
    const note: BoardItem = {
      ...headline,
      id: "note",
      kind: "sticky",
      mark: null,
      parentId: area.id,
    };
    const copied = [...board, { ...headline, id: "copy", x: 9000 }, note];
    const [summaries, curve] = plan();
    const emptied = { part: "actions" as const, items: [] };
    const changes = diffAppItems([summaries, curve, emptied], copied, OPTIONS);
    expect(changes.remove).toEqual([
      keyed(board, "action:a1")?.id,
      keyed(board, "action:a2")?.id,
      "copy",
    ]);
  });

  it("takes an item the platform drew as another kind for the planned one", () => {
    // FigJam has no cards: its adapter draws an action as a sticky.
    const board = written().map((i) => (i.kind === "card" ? { ...i, kind: "sticky" as const } : i));
    expect(diffAppItems(plan(), board, OPTIONS)).toEqual(NOTHING);
  });

  it("makes anew a Miro shape whose size must change, and the connectors that name it; FigJam resizes it", () => {
    const board = written();
    // The curve's first point drawn smaller by the plan: Miro cannot resize a shape once made.
    const smaller = plan();
    const curve = smaller[1].items.map((item) =>
      item.key.role === "emotion-point" && item.key.stage === 0 ? { ...item, width: 80 } : item,
    );
    const desired: PlannedPart[] = [smaller[0], { part: "curve", items: curve }, smaller[2]];
    const point = keyed(board, "emotion-point:0");
    const line = keyed(board, "emotion-line:0:1");
    const changes = diffAppItems(desired, board, OPTIONS);
    expect(changes.create.map((draft) => draft.mark.key)).toEqual([
      "emotion-point:0",
      "emotion-line:0:1",
    ]);
    // Made where it stands, its top-left corner kept, as a resized item would be.
    expect(changes.create[0]).toMatchObject({ x: (point?.x ?? 0) - 10, y: point?.y, width: 80 });
    expect(changes.create[1]?.ends).toEqual({
      from: { ref: "emotion-point:0" },
      to: { id: keyed(board, "emotion-point:1")?.id },
    });
    expect(new Set(changes.remove)).toEqual(new Set([point?.id, line?.id]));
    expect(changes.update).toEqual([]);
    const after = apply(board, changes);
    expect(diffAppItems(desired, after, OPTIONS)).toEqual(NOTHING);
    const figjam = diffAppItems(desired, board, { ...OPTIONS, platform: "figjam" });
    expect(figjam.create).toEqual([]);
    // (The board was written with Miro's colours, so FigJam would recolour it too.)
    expect(figjam.update.find((patch) => patch.id === point?.id)).toMatchObject({
      width: 80,
      height: 100,
      x: (point?.x ?? 0) - 10,
    });
  });
});
