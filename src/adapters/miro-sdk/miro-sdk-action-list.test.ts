import { beforeAll, describe, expect, it } from "vitest";
import { listActions } from "../../core/actions/list-actions";
import { readMark } from "../../core/board/app-items/read-mark";
import type { BoardItem } from "../../core/board/board-item";
import type { Journey } from "../../core/model/journey";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import { planWriteBack } from "../../core/writeback/plan-write-back";
import { writeBack } from "../../core/writeback/write-back";
import { generateBoard } from "../../corpus/generate-board";
import { userNote } from "./emulator/emulator-test-kit";
import { MiroEmulator } from "./emulator/miro-emulator";
import { MiroSdkBoard } from "./miro-sdk-board";
import { testOptions } from "./miro-sdk-test-kit";

let users: BoardItem[] = [];
let journey: Journey;

beforeAll(async () => {
  const board = await generateBoard({
    kind: "frames",
    mess: "moderate",
    platform: "miro",
    seed: 3,
    stages: 3,
    language: "sv",
    notesPerCell: 2,
  });
  users = board.items;
  journey = reconstructJourney(users, { platform: "miro" }).journey;
});

/** The journey with only the first of its action-lane and opportunity notes left. */
function fewerActions(whole: Journey): Journey {
  const doing = whole.placements.filter((p) => p.lane === "action" || p.lane === "opportunity");
  const dropped = new Set(doing.slice(1).map((p) => p.noteId));
  return { ...whole, placements: whole.placements.filter((p) => !dropped.has(p.noteId)) };
}

const write = (port: MiroSdkBoard, of: Journey) =>
  writeBack(port, of, { parts: ["actions"], language: "sv" });

/**
 * The action list written, a person's note put in its frame (`noteAt` its board centre, from the
 * frame's centre and top), then the list shortened and written twice, each time by a new panel.
 * Says what a third run would still change, and where the note is.
 */
async function shrinkAround(noteAt: (frame: { x: number; y: number; top: number }) => number) {
  const emulator = new MiroEmulator();
  emulator.addUserItems(users);
  await write(new MiroSdkBoard(emulator.board, testOptions()), journey);
  const frame = emulator
    .records()
    .find((r) => "metadata" in r && readMark(r.metadata.mark)?.key === "actions-area");
  if (frame?.type !== "frame") throw new Error("no action list frame");
  const at = { x: frame.x, y: noteAt({ x: frame.x, y: frame.y, top: frame.y - frame.height / 2 }) };
  const [noteId] = emulator.addUserItems([userNote("note", { ...at, parentId: frame.id })]);
  const shorter = fewerActions(journey);
  const runs = [];
  for (let run = 0; run < 2; run++) {
    runs.push(await write(new MiroSdkBoard(emulator.board, testOptions()), shorter));
  }
  const port = new MiroSdkBoard(emulator.board, testOptions());
  const board = await port.readItems({ kind: "board" });
  const left = planWriteBack(shorter, board, { platform: "miro", parts: ["actions"] });
  const note = board.find((item) => item.id === noteId);
  return { emulator, frame, runs, left, port, note: note && [note.x, note.y, note.parentId], at };
}

describe("MiroSdkBoard: the action list's frame holding a person's note", () => {
  it("the list has fewer actions than before", () => {
    const [before, after] = [journey, fewerActions(journey)].map(
      (j) => listActions(j, "sv").actions.length,
    );
    expect(before).toBeGreaterThan((after ?? 0) + 2);
  });

  it("shrinks about its centre, the note left where it is, and a re-run has nothing to do", async () => {
    const { emulator, frame, runs, left, note, at } = await shrinkAround((f) => f.y);
    expect(runs[0]?.removed).toBeGreaterThan(0);
    expect(runs[1]).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(left).toEqual({ create: [], update: [], remove: [] });
    expect(note).toEqual([at.x, at.y, frame.id]);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("shrinks only as far as keeps a note near its top, which the plan still asks of it", async () => {
    const { emulator, frame, left, note, at, port } = await shrinkAround((f) => f.top + 300);
    expect(note).toEqual([at.x, at.y, frame.id]);
    expect(emulator.foreignChanges).toEqual([]);
    // The plan asks the frame for the list's height, past the person's note: a matter of the
    // plan, which sizes a container holding a user's item as if it held none. The adapter
    // resizes no further than holds the note, so asking again sends nothing.
    expect([left.create, left.remove]).toEqual([[], []]);
    expect(left.update.map((patch) => [patch.id, patch.height])).toEqual([[frame.id, 600]]);
    const syncs = emulator.meter.perMethod["item.sync"];
    await port.updateItems(left.update);
    expect(emulator.meter.perMethod["item.sync"]).toBe(syncs);
  });
});
