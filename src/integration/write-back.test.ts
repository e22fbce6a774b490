import { beforeAll, describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { InMemoryBoard } from "../adapters/memory/in-memory-board";
import { parseItemKey } from "../core/board/app-items/item-key";
import type { WriteBackPart } from "../core/board/app-items/parts";
import type { BoardItem } from "../core/board/board-item";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { applyWriteBack } from "../core/writeback/apply-write-back";
import { planWriteBack, type WriteBackOptions } from "../core/writeback/plan-write-back";
import { generateBoard } from "../corpus/generate-board";

let userItems: BoardItem[] = [];
beforeAll(async () => {
  const board = await generateBoard({
    kind: "header-row",
    mess: "moderate",
    platform: "miro",
    seed: 21,
    language: "sv",
  });
  const read = readBoardFile(JSON.parse(JSON.stringify(board.file)));
  if (!read.ok) throw new Error(read.error);
  userItems = read.value.items;
});

/** The parts written unless a test asks for others: all but the tidy copy. */
const NOT_TIDY: WriteBackPart[] = ["summaries", "actions", "curve"];
const ALL: WriteBackPart[] = [...NOT_TIDY, "tidy"];

/** Reads the board as the app would, plans the write-back and applies it. */
async function writeBack(board: InMemoryBoard, options: Partial<WriteBackOptions> = {}) {
  const items = await board.readItems({ kind: "board" });
  const { journey } = reconstructJourney(items, { platform: "miro" });
  const plan = planWriteBack(journey, items, { platform: "miro", parts: NOT_TIDY, ...options });
  const progress: number[] = [];
  const result = await applyWriteBack(board, plan, { onProgress: (p) => progress.push(p.done) });
  return { plan, result, progress, journey };
}

const appItems = (board: InMemoryBoard) => board.all().filter((i) => i.mark !== null);
const snapshot = (items: BoardItem[]) => JSON.stringify(items.filter((i) => i.mark === null));

describe("writing back", () => {
  it("writes the headline, stage summaries, feelings curve and actions, and nothing else", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems(userItems);
    const { plan, journey, progress } = await writeBack(board);
    const roles = appItems(board).map((i) => i.mark?.role);
    const count = (role: string) => roles.filter((r) => r === role).length;
    expect(count("headline")).toBe(1);
    expect(count("stage-summary")).toBe(journey.stages.length);
    expect(count("actions-area")).toBe(1);
    expect(count("emotion-point")).toBeGreaterThan(1);
    expect(count("emotion-line")).toBe(count("emotion-point") - 1);
    expect(count("action")).toBeGreaterThan(0);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(progress.at(-1)).toBe(plan.create.length);
    const headline = appItems(board).find((i) => i.mark?.role === "headline");
    expect(headline?.text).toMatch(/^Hotspot: .+, \d+ smärtpunkter/);
    const card = appItems(board).find((i) => i.mark?.role === "action" && i.kind === "card");
    expect(card).toMatchObject({ kind: "card", status: "to-do" });
    const line = appItems(board).find((i) => i.mark?.role === "emotion-line");
    expect(line?.ends?.from).toBeDefined();
  });

  it("is idempotent: a second run changes nothing, duplicates nothing, and leaves every user note as it was", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems(userItems);
    const before = snapshot(board.all());
    await writeBack(board, { parts: ALL });
    const first = appItems(board);
    const second = await writeBack(board, { parts: ALL });
    expect(second.plan).toEqual({ create: [], update: [], remove: [] });
    expect(appItems(board)).toEqual(first);
    const keys = first.map((i) => i.mark?.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(snapshot(board.all())).toBe(before);
  });

  it("copies every note into the tidy copy, the unplaced ones into the tray", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems(userItems);
    const { journey } = await writeBack(board, { parts: ALL });
    const copies = appItems(board).filter((i) => i.mark?.role === "tidy-note");
    const loose = journey.unplaced.filter((u) => u.role === undefined).length;
    expect(copies).toHaveLength(journey.placements.length + loose);
    const original = new Map(userItems.map((i) => [i.id, i]));
    for (const copy of copies) {
      const key = parseItemKey(copy.mark?.key ?? "");
      const noteId = key?.role === "tidy-note" ? key.noteId : "";
      expect(copy.text).toBe(original.get(noteId)?.text);
    }
    expect(appItems(board).filter((i) => i.mark?.role === "tidy-tray")).toHaveLength(1);
  });

  it("updates in place when the board changes, removes what no longer applies, and leaves the parts not asked for", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems(userItems);
    await writeBack(board, { parts: ALL });
    const headline = appItems(board).find((i) => i.mark?.role === "headline");
    const tidy = appItems(board).filter((i) => i.mark?.part === "tidy");
    // A note the team adds changes the counts; the summary is updated, not written twice.
    const pain = userItems.find((i) => i.fill === "red" && i.kind === "sticky") as BoardItem;
    board.addUserItems([{ ...pain, id: "added-pain", text: "Ny smärta", x: pain.x + 5 }]);
    const changed = await writeBack(board);
    expect(changed.plan.update.length).toBeGreaterThan(0);
    // Miro keeps a shape's size once it is made (its Web SDK's typings), so a stage summary of
    // another width is made anew and the old one goes: never two of one.
    const remade = changed.plan.create.map((draft) => draft.mark.key);
    expect(remade.length).toBeGreaterThan(0);
    expect(remade.every((key) => key.startsWith("stage-summary:"))).toBe(true);
    expect(changed.plan.remove).toHaveLength(remade.length);
    const keys = appItems(board).map((item) => `${item.mark?.part} ${item.mark?.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The tidy copy was not asked for this time: it stays as it was, stale or not.
    expect(appItems(board).filter((i) => i.mark?.part === "tidy")).toEqual(tidy);
    // Asked again, it takes the new note in: one more copy, nothing written twice.
    const retidied = await writeBack(board, { parts: ["tidy"] });
    expect(retidied.plan.create.map((d) => d.mark.key)).toEqual(["tidy-note:added-pain"]);
    // When the team's action and opportunity notes are gone, so are their cards.
    const planned = (item: BoardItem) => parseItemKey(item.mark?.key ?? "")?.role === "action";
    const cards = appItems(board).filter(planned);
    const actionNotes = new Set(
      changed.journey.placements
        .filter((p) => p.lane === "action" || p.lane === "opportunity")
        .map((p) => p.noteId),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(actionNotes.size).toBeGreaterThan(0);
    const without = new InMemoryBoard({
      platform: "miro",
      items: board.all().filter((i) => !actionNotes.has(i.id)),
    });
    const trimmed = await writeBack(without, { parts: ["actions"] });
    const fromNotes = (items: BoardItem[]) =>
      items
        .filter((i) => {
          const key = parseItemKey(i.mark?.key ?? "");
          return key?.role === "action" && key.actionId.startsWith("act-");
        })
        .map((i) => i.id);
    expect(fromNotes(cards).length).toBeGreaterThan(0);
    expect(trimmed.plan.remove).toEqual(fromNotes(cards));
    expect(fromNotes(appItems(without))).toEqual([]);
    expect(appItems(without).filter((i) => i.mark?.part === "tidy")).toHaveLength(tidy.length + 1);
    expect(
      appItems(board)
        .filter((i) => i.mark?.role === "headline")
        .map((i) => i.id),
    ).toEqual([headline?.id]);
    expect(board.get("added-pain")?.text).toBe("Ny smärta");
  });

  it("plans changes to the app's own items only", async () => {
    const board = new InMemoryBoard({ platform: "miro" });
    board.addUserItems(userItems);
    await writeBack(board);
    const items = await board.readItems({ kind: "board" });
    const { journey } = reconstructJourney(items, { platform: "miro" });
    const plan = planWriteBack(journey, items, { platform: "miro", parts: ALL, language: "en" });
    const touched = [...plan.update.map((p) => p.id), ...plan.remove];
    expect(touched.length).toBeGreaterThan(0);
    for (const id of touched) expect(board.get(id)?.mark).not.toBeNull();
  });
});
