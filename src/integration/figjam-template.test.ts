import { describe, expect, it } from "vitest";
import { FigJamEmulator } from "../adapters/figjam-plugin/emulator/figjam-emulator";
import { FigJamPluginBoard } from "../adapters/figjam-plugin/figjam-plugin-board";
import { testOptions, userSticky } from "../adapters/figjam-plugin/figjam-test-kit";
import { MiroEmulator } from "../adapters/miro-sdk/emulator/miro-emulator";
import { MiroSdkBoard } from "../adapters/miro-sdk/miro-sdk-board";
import { testOptions as miroOptions } from "../adapters/miro-sdk/miro-sdk-test-kit";
import type { BoardItem } from "../core/board/board-item";
import { CancelledError } from "../core/board/ownership";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { startWorkshop } from "../core/workshop/start-workshop";

const SPEC = {
  title: "Köpa bil",
  stages: ["Behov", "Köp", "Leverans"],
  lanes: ["step", "pain", "question"],
  language: "sv",
} as const;
const spec = () => ({ ...SPEC, stages: [...SPEC.stages], lanes: [...SPEC.lanes] });

function figjam() {
  const emulator = new FigJamEmulator();
  return { emulator, board: new FigJamPluginBoard(emulator.api, testOptions().options) };
}

/** The app's items by key, each with the key of the app's item it sits in. */
function placed(items: readonly BoardItem[]) {
  const keyOf = new Map(items.map((item) => [item.id, item.mark?.key ?? null]));
  return items
    .filter((item) => item.mark !== null)
    .map((item) => ({
      key: item.mark?.key,
      kind: item.kind,
      text: item.text,
      in: item.parentId === null ? null : (keyOf.get(item.parentId) ?? "?"),
      box: [item.x, item.y, item.width, item.height],
    }))
    .sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

describe("the template on FigJam", () => {
  it("has a section per stage, named after it, holding its header and cells, in the journey section", async () => {
    const { emulator, board } = figjam();
    await startWorkshop(board, spec());
    const byKey = new Map(placed(await board.readItems({ kind: "board" })).map((i) => [i.key, i]));
    SPEC.stages.forEach((title, stage) => {
      expect(byKey.get(`stage-section:${stage}`)).toMatchObject({
        kind: "frame",
        text: title,
        in: "journey-frame",
      });
      expect(byKey.get(`stage-header:${stage}`)?.in).toBe(`stage-section:${stage}`);
      for (const lane of SPEC.lanes) {
        expect(byKey.get(`cell:${stage}:${lane}`)?.in).toBe(`stage-section:${stage}`);
      }
    });
    expect(byKey.get("lane-label:pain")?.in).toBe("journey-frame");
    const sections = emulator.records().filter((record) => record.type === "SECTION");
    expect(sections.map((record) => record.name)).toEqual(["Köpa bil", ...SPEC.stages]);
    const journey = sections[0]?.id;
    expect(sections.slice(1).every((record) => record.parentId === journey)).toBe(true);
  });

  it("changes nothing when started again", async () => {
    const { emulator, board } = figjam();
    await startWorkshop(board, spec());
    const before = JSON.stringify(emulator.records());
    const again = await startWorkshop(board, spec());
    expect(again.created).toBe(0);
    expect(JSON.stringify(emulator.records())).toBe(before);
  });

  it("finishes a cancelled start as an uncancelled one would have made it", async () => {
    const { board } = figjam();
    const signal = { aborted: false };
    const stopped = startWorkshop(board, spec(), {
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(CancelledError);
    await startWorkshop(board, spec());
    const clean = figjam();
    await startWorkshop(clean.board, spec());
    expect(placed(await board.readItems({ kind: "board" }))).toEqual(
      placed(await clean.board.readItems({ kind: "board" })),
    );
  });

  it("reads a note dropped into a stage's section in that stage and lane", async () => {
    const { emulator, board } = figjam();
    await startWorkshop(board, spec());
    const items = await board.readItems({ kind: "board" });
    const cell = items.find((item) => item.mark?.key === "cell:1:pain");
    const section = items.find((item) => item.mark?.key === "stage-section:1");
    const [id] = emulator.addUserNodes([
      userSticky("n1", {
        x: cell?.x ?? 0,
        y: cell?.y ?? 0,
        fill: "#FFC7C2",
        parentId: section?.id ?? null,
      }),
    ]);
    const after = await board.readItems({ kind: "board" });
    expect(after.find((item) => item.id === id)?.parentId).toBe(section?.id);
    const { journey, stageSource } = reconstructJourney(after, { platform: "figjam" });
    expect(stageSource).toBe("template");
    expect(journey.stages.map((stage) => stage.title)).toEqual(SPEC.stages);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(SPEC.lanes);
    expect(journey.placements.find((p) => p.noteId === id)).toMatchObject({
      stage: 1,
      lane: "pain",
    });
  });
});

describe("the template on Miro", () => {
  it("has no stage sections: its frames do not nest, the cells sit in the journey frame", async () => {
    const emulator = new MiroEmulator();
    const board = new MiroSdkBoard(emulator.board, miroOptions());
    await startWorkshop(board, spec());
    const items = placed(await board.readItems({ kind: "board" }));
    expect(items.filter((item) => item.key?.startsWith("stage-section"))).toEqual([]);
    expect(items.filter((item) => item.kind === "frame").map((item) => item.key)).toEqual([
      "journey-frame",
    ]);
    expect(items.find((item) => item.key === "cell:0:pain")?.in).toBe("journey-frame");
  });
});
