// npm run bench:accuracy — the share of notes placed in the right stage and lane, per board kind
// and mess level, beside a naive baseline measured on the same boards in the same run.
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { reconstructJourney } from "../core/reconstruct/reconstruct-journey";
import { BOARD_KINDS } from "../corpus/corpus-board";
import { generateBoard } from "../corpus/generate-board";
import { MESS_LEVELS, type MessLevel } from "../corpus/mess";
import { DRAW_CATEGORY } from "../corpus/real-world/categories";
import { REAL_CATEGORIES } from "../corpus/real-world/real-board";
import {
  type BoardResult,
  boardAccuracy,
  REAL_TARGET,
  tallyCategory,
} from "../corpus/real-world/real-world-tally";
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

function printTable(table: readonly string[][]): void {
  const widths = (table[0] ?? []).map((_, c) => Math.max(...table.map((r) => (r[c] ?? "").length)));
  for (const row of table)
    console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  "));
}
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

printTable(rows);
console.log(
  `\n${SEEDS} seeds per kind, mess level and platform; ${missed === 0 ? "every target met" : `${missed} target(s) missed`}.`,
);

// The real-world corpus: boards as workshops leave them, read through their files,
// per category and per board, against the issue's targets.
const REAL_SEEDS = Array.from({ length: Number(process.env.REAL_SEEDS ?? 2) }, (_, i) => i + 1);
const realRows: string[][] = [
  [
    "category",
    "boards",
    "notes",
    "accuracy",
    "journeys read/drawn",
    "language right",
    "votes right",
    "structure misread",
    "missing",
  ],
];
const realBoards: BoardResult[] = [];
const realTotals = { notes: 0, correct: 0 };
for (const category of REAL_CATEGORIES) {
  if (!DRAW_CATEGORY[category]) {
    realRows.push([category, "not drawn yet"]);
    continue;
  }
  const tally = tallyCategory(category, REAL_SEEDS);
  realBoards.push(...tally.boards);
  realTotals.notes += tally.notes;
  realTotals.correct += tally.correct;
  const boards = tally.boards.length;
  realRows.push([
    category,
    String(boards),
    String(tally.notes),
    percent(tally.correct, tally.notes),
    `${tally.journeysRead}/${tally.journeysDrawn}${tally.journeysRight < boards ? ` (${boards - tally.journeysRight} boards off)` : ""}`,
    `${tally.languageRight}/${boards}`,
    tally.voted === 0 ? "-" : `${tally.votesRight}/${tally.voted}`,
    String(tally.structureMisread),
    String(tally.missing),
  ]);
}
console.log("\nReal-world boards, read through their Miro REST and Figma REST files:");
printTable(realRows);
console.log("\nPer board:");
const nameWidth = Math.max(0, ...realBoards.map((b) => b.name.length));
for (const board of realBoards) {
  const { score } = board;
  // What else went wrong on the board, said only where it did.
  const flags = [
    boardAccuracy(score) < REAL_TARGET.board ? "MISSED" : "",
    score.structureMisread > 0 ? `structure misread ${score.structureMisread}` : "",
    score.journeysRead !== score.journeys ? `journeys ${score.journeysRead}/${score.journeys}` : "",
    score.language !== board.language ? `read in ${score.language}` : "",
    score.votesRight < score.voted ? `votes ${score.votesRight}/${score.voted}` : "",
    score.missing > 0 ? `missing ${score.missing}` : "",
  ].filter((flag) => flag !== "");
  console.log(
    `  ${board.name.padEnd(nameWidth)}  ${percent(score.correct, score.notes).padStart(6)}  (${score.correct}/${score.notes})${flags.length > 0 ? `  ${flags.join(", ")}` : ""}`,
  );
}
const missing = realBoards.filter((b) => b.score.missing > 0);
const overall = realTotals.correct / Math.max(realTotals.notes, 1);
const missedBoards = realBoards.filter((b) => boardAccuracy(b.score) < REAL_TARGET.board);
console.log(
  `\nReal-world overall: ${percent(realTotals.correct, realTotals.notes)} of ${realTotals.notes} notes on ${realBoards.length} boards (${REAL_SEEDS.length} seeds × 3 languages × 2 platforms per category).`,
);
console.log(
  `Target ≥${REAL_TARGET.overall * 100}% overall: ${overall >= REAL_TARGET.overall ? "met" : "MISSED"}.`,
);
console.log(
  `Target ≥${REAL_TARGET.board * 100}% on every board: ${
    missedBoards.length === 0
      ? "met"
      : `MISSED on ${missedBoards.length} board(s): ${missedBoards.map((b) => b.name).join(", ")}`
  }.`,
);
console.log(
  `Every note placed or listed as unplaced: ${
    missing.length === 0 ? "met" : `MISSED on ${missing.map((b) => b.name).join(", ")}`
  }.`,
);
const misread = realBoards.filter((b) => b.score.structureMisread > 0);
console.log(
  `No title, label, legend chip or vote dot read as a note: ${
    misread.length === 0 ? "met" : `MISSED on ${misread.map((b) => b.name).join(", ")}`
  }.`,
);
