import { InMemoryBoard } from "../adapters/memory/in-memory-board";
import type { BoardItem } from "../core/board/board-item";
import type { Palette } from "../core/colour/swatch";
import type { LaneKind } from "../core/model/lane-kind";
import { planToDrafts } from "../core/plan/plan-to-drafts";
import { layoutTemplate } from "../core/template/layout-template";
import type { Truth } from "./corpus-board";
import type { DrawnBoard, GridPlan } from "./grid-board";
import { noteFill } from "./note-fill";
import { NOTE_TEXTS } from "./vocabulary";

const SIZE = { miro: { width: 199, height: 228 }, figjam: { width: 240, height: 240 } };

/**
 * A board made from the app's own template, put on an in-memory board through the port, then
 * filled by a team: up to four notes per cell, questions in the parking lot.
 */
export async function drawTemplateBoard(plan: GridPlan): Promise<DrawnBoard> {
  const { recipe, mess, random } = plan;
  const size = SIZE[recipe.platform];
  const layout = layoutTemplate({
    stages: plan.stageNames,
    lanes: plan.lanes,
    language: plan.language,
    title: `${plan.stageNames[0]} – ${plan.stageNames[plan.stageNames.length - 1]}`,
  });
  const board = new InMemoryBoard({ platform: recipe.platform });
  const created = await board.createItems(
    planToDrafts(layout.items, {
      part: "template",
      groupId: layout.templateId,
      platform: recipe.platform,
    }),
  );
  const frameId = created[0]?.item.id ?? null;

  const items: BoardItem[] = board.all();
  const truth = new Map<string, Truth>();
  const structure = new Set<string>();
  if (recipe.platform === "miro") {
    // Miro's REST items carry no marks: there the legend swatches are stickies like any other.
    for (const item of items) if (item.mark?.role === "legend-swatch") structure.add(item.id);
  }
  let next = 1;
  const fillOf = (lane: LaneKind) => {
    const colour = random.pick(plan.laneColours.get(lane) ?? []);
    const palette = mess.mixedPalettes
      ? random.pick<Palette>(["figjam", "figjam-earlier"])
      : plan.palette;
    return noteFill(colour, recipe.platform, palette, random.chance(mess.customFill), random);
  };
  const addNote = (lane: LaneKind, shown: LaneKind, x: number, y: number, where: Truth) => {
    const id = `note-${next++}`;
    const scale = 1 + random.between(-mess.sizeSpread, mess.sizeSpread);
    items.push({
      id,
      kind: "sticky",
      platformType: "sticky",
      text: random.pick(NOTE_TEXTS[plan.language][lane]),
      fill: fillOf(shown),
      x,
      y,
      width: size.width * scale,
      height: size.height * scale,
      rotation: 0,
      parentId: frameId,
      mark: null,
    });
    truth.set(id, where);
  };

  const emptyStage = mess.emptyStage ? random.int(0, layout.stages.length - 1) : -1;
  layout.stages.forEach((stage, s) => {
    layout.lanes.forEach((lane) => {
      if (s === emptyStage || random.chance(mess.emptyCell)) return;
      const count = random.int(1, recipe.notesPerCell ?? 4);
      for (let k = 0; k < count; k++) {
        const slotX = stage.band.start + 20 + size.width / 2 + (k % 2) * (size.width + 20);
        const slotY =
          lane.band.start + 20 + size.height / 2 + (Math.floor(k / 2) % 2) * (size.height + 20);
        // A team keeps a note's centre in its cell, however roughly it is placed.
        const x = clamp(
          slotX + random.between(-1, 1) * mess.jitter * size.width,
          stage.band,
          size.width * 0.1,
        );
        const y = clamp(
          slotY + random.between(-1, 1) * mess.jitter * size.height,
          lane.band,
          size.height * 0.1,
        );
        const wrong = random.chance(mess.wrongColour);
        const shown = wrong
          ? random.pick(plan.lanes.filter((other) => other !== lane.kind))
          : lane.kind;
        addNote(lane.kind, shown, x, y, { stage: s, lane: lane.kind });
      }
    });
  });

  const parking = layout.items.find((i) => i.key.role === "parking-lot");
  const origin = created[0]?.item;
  if (parking && origin) {
    const left = origin.x - origin.width / 2 + parking.x - parking.width / 2;
    const top = origin.y - origin.height / 2 + parking.y;
    for (let k = 0; k < mess.parked; k++) {
      const lane: LaneKind = k < 2 ? "question" : random.pick(["question", ...plan.lanes]);
      const x = left + 20 + size.width / 2 + (k % 2) * (size.width + 20);
      addNote(lane, lane, x, top + Math.floor(k / 2) * (size.height + 20), { stage: null, lane });
    }
  }
  return { items, truth, structure };
}

function clamp(at: number, band: { start: number; end: number }, margin: number): number {
  return Math.min(band.end - margin, Math.max(band.start + margin, at));
}
