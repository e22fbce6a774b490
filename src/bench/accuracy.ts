// npm run bench:accuracy — the share of notes placed in the right stage and lane, per board kind
// and mess level, beside a naive baseline measured on the same boards in the same run.
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { BOARD_KINDS } from "../corpus/corpus-board";
import { generateBoard } from "../corpus/generate-board";
import { MESS_LEVELS, type MessLevel } from "../corpus/mess";
import { scoreBaseline, scoreJourney } from "../corpus/score";

const SEEDS = Number(process.env.SEEDS ?? 20);
const TARGET: Record<MessLevel, number> = { clean: 0.99, moderate: 0.99, heavy: 0.97 };
const PLATFORMS = ["miro", "figjam"] as const;

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const rows: string[][] = [
  ["kind", "mess", "boards", "notes", "accuracy", "baseline", "miro", "figjam", "target"],
];
let missed = 0;
for (const kind of BOARD_KINDS) {
  for (const mess of MESS_LEVELS) {
    const totals = { notes: 0, correct: 0, baseline: 0 };
    const byPlatform: Record<string, { notes: number; correct: number }> = {};
    for (const platform of PLATFORMS) {
      const mine = { notes: 0, correct: 0 };
      for (let seed = 1; seed <= SEEDS; seed++) {
        const board = await generateBoard({ kind, mess, platform, seed });
        const read = readBoardFile(JSON.parse(JSON.stringify(board.file)));
        if (!read.ok) throw new Error(read.error);
        const { journey } = reconstructJourney(read.value.items, { platform });
        const score = scoreJourney(board, journey);
        if (score.missing > 0)
          throw new Error(`${board.name}: ${score.missing} notes missing from the journey`);
        mine.notes += score.notes;
        mine.correct += score.correct;
        totals.baseline += scoreBaseline(board, read.value.items, platform).correct;
      }
      byPlatform[platform] = mine;
      totals.notes += mine.notes;
      totals.correct += mine.correct;
    }
    const share = totals.correct / totals.notes;
    const met = share >= TARGET[mess] && totals.correct >= totals.baseline;
    if (!met) missed++;
    rows.push([
      kind,
      mess,
      String(SEEDS * PLATFORMS.length),
      String(totals.notes),
      percent(totals.correct, totals.notes),
      percent(totals.baseline, totals.notes),
      percent(byPlatform.miro?.correct ?? 0, byPlatform.miro?.notes ?? 0),
      percent(byPlatform.figjam?.correct ?? 0, byPlatform.figjam?.notes ?? 0),
      `${met ? "met" : "MISSED"} (≥${TARGET[mess] * 100}%)`,
    ]);
  }
}

const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
console.log(
  `\n${SEEDS} seeds per kind, mess level and platform; ${missed === 0 ? "every target met" : `${missed} target(s) missed`}.`,
);
