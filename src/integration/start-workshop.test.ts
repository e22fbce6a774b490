import { describe, expect, it } from "vitest";
import { InMemoryBoard } from "../adapters/memory/in-memory-board";
import { keyText } from "../core/board/app-items/item-key";
import type { BoardItem } from "../core/board/board-item";
import { CancelledError } from "../core/board/ownership";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { layoutTemplate } from "../core/template/layout-template";
import { templateItemsFor } from "../core/template/template-items-for";
import { readLastTemplate } from "../core/workshop/last-template";
import { startWorkshop } from "../core/workshop/start-workshop";

const SPEC = {
  title: "Köpa bil",
  stages: ["Behov", "Köp", "Leverans"],
  preset: "pains-and-gains" as const,
  language: "da" as const,
};
const PLAN = layoutTemplate(SPEC);

/** A note a user put on the board. */
function note(id: string, x: number, y: number): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "sticky_note",
    text: id,
    fill: "yellow",
    x,
    y,
    width: 200,
    height: 200,
    rotation: 0,
    parentId: null,
    mark: null,
  };
}

/** Every planned item of the board's platform once, each child in its planned container. */
function expectWholeTemplate(board: InMemoryBoard, templateId: string) {
  const planned = templateItemsFor(PLAN, board.platform);
  const items = board.all().filter((i) => i.mark?.groupId === templateId);
  expect(items.map((i) => i.mark?.key).sort()).toEqual(planned.map((i) => keyText(i.key)).sort());
  const idOf = new Map(items.map((i) => [i.mark?.key, i.id]));
  for (const item of planned) {
    const parent = item.parent ? idOf.get(keyText(item.parent)) : null;
    expect(board.all().find((i) => i.id === idOf.get(keyText(item.key)))?.parentId).toBe(parent);
  }
}

describe("startWorkshop", () => {
  it("puts the template at 0,0 on an empty board, shows it and keeps it as the last template", async () => {
    const board = new InMemoryBoard({ platform: "figjam" });
    const progress: number[] = [];
    const started = await startWorkshop(board, SPEC, { onProgress: (p) => progress.push(p.done) });
    const rect = { x: 0, y: 0, width: PLAN.width, height: PLAN.height };
    // FigJam's template has a section for each stage besides the plan's items.
    const count = PLAN.items.length + SPEC.stages.length;
    expect(started).toEqual({ templateId: PLAN.templateId, created: count, rect });
    expect(progress.at(-1)).toBe(count);
    expect(board.view).toEqual(rect);
    expectWholeTemplate(board, PLAN.templateId);
    expect(await readLastTemplate(board)).toEqual({
      schemaVersion: 1,
      templateId: PLAN.templateId,
      spec: PLAN.spec,
      rect,
    });
    const { journey, stageSource } = reconstructJourney(await board.readItems({ kind: "board" }), {
      platform: "figjam",
    });
    expect(stageSource).toBe("template");
    expect(journey.stages.map((s) => s.title)).toEqual(SPEC.stages);
  });

  it("finds free space right of what the board holds", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems([note("a", 0, 0), note("b", 1500, 800)]);
    const { rect } = await startWorkshop(board, SPEC);
    expect(rect.x).toBeGreaterThanOrEqual(1600);
    expect(rect.y).toBe(-100);
    const inside = (i: BoardItem) =>
      i.x > rect.x && i.x < rect.x + rect.width && i.y > rect.y && i.y < rect.y + rect.height;
    expect(board.all().filter((i) => i.mark === null && inside(i))).toEqual([]);
  });

  it("finishes a start cancelled after its first batch, where it began, with nothing twice", async () => {
    const board = new InMemoryBoard({ platform: "miro", batchSize: 5 });
    board.addUserItems([note("a", 0, 0)]);
    const signal = { aborted: false };
    const stopped = startWorkshop(board, SPEC, {
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(CancelledError);
    expect(board.all().filter((i) => i.mark !== null)).toHaveLength(5);
    const again = await startWorkshop(board, SPEC);
    expect(again.created).toBe(PLAN.items.length - 5);
    expectWholeTemplate(board, PLAN.templateId);
    // Where an uncancelled start on the same board puts it.
    const clean = new InMemoryBoard({ platform: "miro" });
    clean.addUserItems([note("a", 0, 0)]);
    expect((await startWorkshop(clean, SPEC)).rect).toEqual(again.rect);
    const placed = (b: InMemoryBoard) =>
      b
        .all()
        .filter((i) => i.mark !== null)
        .map((i) => [i.mark?.key, i.x, i.y, i.fill])
        .sort();
    expect(placed(board)).toEqual(placed(clean));
  });

  it("makes again only what is missing, leaving what the team moved out of the frame", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    await startWorkshop(board, SPEC);
    const [frame, title] = board.all();
    // The app's own frame removed, its contents left behind (a platform that keeps them).
    await board.removeItems([frame?.id ?? ""]);
    board.moveItem(title?.id ?? "", -3000, -3000);
    const again = await startWorkshop(board, SPEC);
    expect(again.created).toBe(1);
    expect(board.all().filter((i) => i.mark?.role === "title")).toHaveLength(1);
    expect(board.get(title?.id ?? "")).toMatchObject({ x: -3000, y: -3000 });
  });

  it("makes nothing twice for the same spec, and a second template for another beside it", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    const first = await startWorkshop(board, SPEC);
    board.moveItem(board.all()[0]?.id ?? "", 5000, 5000);
    const same = await startWorkshop(board, SPEC);
    expect(same.created).toBe(0);
    expect(same.rect.x).toBe(5000 - PLAN.width / 2);
    const other = await startWorkshop(board, { ...SPEC, stages: ["Behov", "Köp"] });
    expect(other.templateId).not.toBe(first.templateId);
    expect(other.created).toBeGreaterThan(0);
    expect(other.rect.x).toBeGreaterThanOrEqual(same.rect.x + same.rect.width);
  });
});
