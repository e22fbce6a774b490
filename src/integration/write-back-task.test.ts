import { beforeAll, describe, expect, it } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { InMemoryBoard } from "../adapters/memory/in-memory-board";
import type { AppMark } from "../core/board/app-items/app-mark";
import { type ItemKey, keyText, parseItemKey } from "../core/board/app-items/item-key";
import { readMark } from "../core/board/app-items/read-mark";
import type { BoardItem } from "../core/board/board-item";
import { CancelledError } from "../core/board/ownership";
import type { Platform } from "../core/colour/named-colour";
import type { Journey } from "../core/model/journey";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { type WriteBackPart, writeBack } from "../core/writeback/write-back";
import { generateBoard } from "../corpus/generate-board";

const ALL: WriteBackPart[] = ["summaries", "actions", "curve", "tidy"];
const users: Record<Platform, BoardItem[]> = { miro: [], figjam: [] };

beforeAll(async () => {
  for (const platform of ["miro", "figjam"] as const) {
    const board = await generateBoard({
      kind: "header-row",
      mess: "moderate",
      platform,
      seed: 7,
      language: "sv",
    });
    const read = readBoardFile(JSON.parse(JSON.stringify(board.file)));
    if (!read.ok) throw new Error(read.error);
    users[platform] = read.value.items;
  }
});

function boardOf(platform: Platform, batchSize?: number) {
  const board = new InMemoryBoard({ platform, ...(batchSize ? { batchSize } : {}) });
  board.addUserItems(users[platform]);
  return board;
}

async function journeyOf(board: InMemoryBoard): Promise<Journey> {
  const items = await board.readItems({ kind: "board" });
  return reconstructJourney(items, { platform: board.platform }).journey;
}

const appItems = (board: InMemoryBoard) => board.all().filter((i) => i.mark !== null);
const byKey = (board: InMemoryBoard, key: ItemKey) =>
  appItems(board).find((i) => i.mark?.key === keyText(key)) as BoardItem;
/** The app's items as part and key, sorted: what two boards must agree on. */
const written = (board: InMemoryBoard) =>
  appItems(board)
    .map((i) => `${i.mark?.part} ${i.mark?.key}`)
    .sort();

/** Each of the app's items once, in a container that is there, joined to ends that are there. */
function expectNoDuplicatesNoOrphans(board: InMemoryBoard) {
  const keys = written(board);
  expect(new Set(keys).size).toBe(keys.length);
  const ids = new Set(board.all().map((i) => i.id));
  for (const item of appItems(board)) {
    if (item.parentId !== null) expect(ids.has(item.parentId)).toBe(true);
    if (item.ends) expect(ids.has(item.ends.from) && ids.has(item.ends.to)).toBe(true);
  }
  const parented = appItems(board).filter((i) => {
    const key = parseItemKey(i.mark?.key ?? "");
    return key?.role === "action" || key?.role === "tidy-note";
  });
  expect(parented.every((i) => i.parentId !== null)).toBe(true);
}

describe.each(["miro", "figjam"] as const)("writeBack on %s", (platform) => {
  it("writes the asked parts only, and nothing the second time", async () => {
    const board = boardOf(platform);
    const journey = await journeyOf(board);
    const first = await writeBack(board, journey, { parts: ["summaries", "curve"] });
    expect(first.created).toBeGreaterThan(journey.stages.length);
    expect(new Set(appItems(board).map((i) => i.mark?.part))).toEqual(
      new Set(["summaries", "curve"]),
    );
    expect(await writeBack(board, journey, { parts: ["summaries", "curve"] })).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
    });
    const actions = await writeBack(board, journey, { parts: ["actions"] });
    expect(actions).toMatchObject({ updated: 0, removed: 0 });
    expect(byKey(board, { role: "actions-area" }).kind).toBe("frame");
    expect(appItems(board).some((i) => i.kind === "card")).toBe(true);
  });

  it("converges after a cancel: the re-run writes the rest, nothing twice, nothing orphaned", async () => {
    const clean = boardOf(platform);
    const journey = await journeyOf(clean);
    await writeBack(clean, journey, { parts: ALL });

    const board = boardOf(platform, 5);
    const signal = { aborted: false };
    const stopped = writeBack(board, journey, {
      parts: ALL,
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(CancelledError);
    expect(appItems(board)).toHaveLength(5);
    const rest = await writeBack(board, journey, { parts: ALL });
    expect(rest.created).toBe(appItems(clean).length - 5);
    expect(rest.removed).toBe(0);
    expect(written(board)).toEqual(written(clean));
    expectNoDuplicatesNoOrphans(board);
    expect(await writeBack(board, journey, { parts: ALL })).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
    });
  });

  it("converges after a cancel of a re-run that removes and updates", async () => {
    const board = boardOf(platform, 5);
    const journey = await journeyOf(board);
    await writeBack(board, journey, { parts: ALL });
    // The last stage is gone from the journey: its summary, point, line and cells go too.
    const last = journey.stages.length - 1;
    const shorter: Journey = {
      ...journey,
      stages: journey.stages.slice(0, last),
      placements: journey.placements.filter((p) => p.stage !== last),
    };
    const signal = { aborted: false };
    await expect(
      writeBack(board, shorter, {
        parts: ALL,
        signal,
        onProgress: () => {
          signal.aborted = true;
        },
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    await writeBack(board, shorter, { parts: ALL });
    const fresh = boardOf(platform);
    await writeBack(fresh, shorter, { parts: ALL });
    expect(written(board)).toEqual(written(fresh));
    expect(written(board)).not.toContain(`summaries stage-summary:${last}`);
    expectNoDuplicatesNoOrphans(board);
    // And the stage back again.
    const back = await writeBack(board, journey, { parts: ALL });
    expect(back.created).toBeGreaterThan(0);
    expect(written(board)).toContain(`summaries stage-summary:${last}`);
  });

  it("respects a summary the user moved, makes again what the user deleted", async () => {
    const board = boardOf(platform);
    const journey = await journeyOf(board);
    await writeBack(board, journey, { parts: ALL });
    const summary = byKey(board, { role: "stage-summary", stage: 0 });
    board.moveItem(summary.id, summary.x + 30, summary.y + 700);
    const area = byKey(board, { role: "actions-area" });
    board.moveItem(area.id, area.x - 200, area.y + 3000);
    board.removeItem(byKey(board, { role: "headline" }).id);
    board.removeItem(byKey(board, { role: "tidy-tray" }).id);
    const again = await writeBack(board, journey, { parts: ALL });
    expect(again.updated).toBe(0);
    expect(again.removed).toBe(0);
    expect(byKey(board, { role: "stage-summary", stage: 0 })).toMatchObject({
      x: summary.x + 30,
      y: summary.y + 700,
    });
    expect(byKey(board, { role: "actions-area" })).toMatchObject({
      x: area.x - 200,
      y: area.y + 3000,
    });
    expect(byKey(board, { role: "headline" })).toBeDefined();
    expectNoDuplicatesNoOrphans(board);
  });
});

/**
 * The marks version 1 wrote for these items (see read-mark.test.ts for the real examples): old
 * key forms, `tidy-` roles for the tidy copy's grid, `templateId`.
 */
function asVersion1(mark: AppMark): unknown {
  const key = parseItemKey(mark.key);
  const old = (role: string, text: string) => ({
    schemaVersion: 1,
    role,
    key: text,
    templateId: mark.groupId,
  });
  if (!key) throw new Error(`no key ${mark.key}`);
  switch (key.role) {
    case "stage-summary":
      return old(key.role, `summary:${key.stage}`);
    case "emotion-point":
      return old(key.role, `curve:point:${key.stage}`);
    case "emotion-line":
      return old(key.role, `curve:line:curve:point:${key.from}>curve:point:${key.to}`);
    case "emotion-label":
      return old(key.role, "curve:label");
    case "actions-area":
      return old(key.role, "actions");
    case "tidy-note":
      return old(key.role, `tidy:note:${key.noteId}`);
    case "tidy-tray":
      return old(key.role, "tidy:tray");
    default:
      return mark.part === "tidy"
        ? old(`tidy-${key.role}`, `tidy:${keyText(key)}`)
        : old(key.role, mark.key);
  }
}

describe("a board written by version 1 of the app", () => {
  it("is written again in place: nothing twice, nothing left behind", async () => {
    const written1 = boardOf("figjam");
    const journey = await journeyOf(written1);
    await writeBack(written1, journey, { parts: ALL });
    // The board as a FigJam adapter reads it: version-1 marks, upgraded by readMark.
    const old = written1.all().map((item) => ({
      ...item,
      mark: item.mark && readMark(JSON.parse(JSON.stringify(asVersion1(item.mark)))),
    }));
    expect(old.every((i) => i.mark?.role !== "unknown")).toBe(true);
    const board = new InMemoryBoard({ platform: "figjam", items: old });
    expect(await writeBack(board, journey, { parts: ALL })).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
    });
  });
});
