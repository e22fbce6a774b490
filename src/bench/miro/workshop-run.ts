import type { BoardPort } from "../../core/board/board-port";
import { LANE_KINDS } from "../../core/model/lane-kind";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import type { TemplateSpecInput } from "../../core/template/template-spec";
import { startWorkshop } from "../../core/workshop/start-workshop";
import { writeBack } from "../../core/writeback/write-back";

/** The workshop the benchmark starts: six stages, every lane. */
export const SPEC: TemplateSpecInput = {
  title: "Flytta bredband till ny adress",
  goal: "Färre samtal till kundtjänst vid flytt",
  persona: "Lina, 34, flyttar med familjen",
  stages: ["Upptäcka", "Beställa", "Vänta", "Installera", "Använda", "Få hjälp"],
  lanes: [...LANE_KINDS],
  language: "sv",
};

/**
 * What a facilitator does in the panel, in order: places the template, analyses the board, and
 * writes the summaries, the action list and the feelings curve.
 */
export async function runWorkshop(port: BoardPort): Promise<void> {
  await startWorkshop(port, SPEC);
  const items = await port.readItems({ kind: "board" });
  const { journey } = reconstructJourney(items, { platform: port.platform });
  await writeBack(port, journey, { parts: ["summaries", "actions", "curve"], language: "sv" });
}

/**
 * The same, then a tidy copy of the whole board: the largest single write a facilitator asks
 * for, one new note per note of the team's.
 */
export async function runWorkshopAndTidyCopy(port: BoardPort): Promise<void> {
  await runWorkshop(port);
  const items = await port.readItems({ kind: "board" });
  const { journey } = reconstructJourney(items, { platform: port.platform });
  await writeBack(port, journey, { parts: ["tidy"], language: "sv" });
}
