/** Builders the panel's tests share, so each test reads as the board it checks. */
import { InMemoryBoard, type InMemoryBoardOptions } from "../../adapters/memory/in-memory-board";
import type { BoardItem } from "../../core/board/board-item";
import { createPanelSession, type PanelSession, type PanelSessionOptions } from "./panel-session";

let next = 0;

/** A user's item on the board, unmarked. */
export function userItem(
  kind: BoardItem["kind"],
  text: string,
  fill: string | null,
  x: number,
  y: number,
  extra: Partial<BoardItem> = {},
): BoardItem {
  const size = kind === "sticky" ? { width: 199, height: 228 } : { width: 300, height: 80 };
  return {
    id: `u${++next}`,
    kind,
    platformType: kind,
    text,
    fill,
    x,
    y,
    rotation: 0,
    parentId: null,
    mark: null,
    ...size,
    ...extra,
  };
}

/** A Miro sticky note of a named colour. */
export const sticky = (text: string, fill: string, x: number, y: number) =>
  userItem("sticky", text, fill, x, y);

/**
 * A small workshop board: three stages titled by a header row, steps (yellow) and pains (red) in
 * them, a feeling in the last, and one black note far off to the side that cannot be placed.
 */
export function smallWorkshop(): { items: BoardItem[]; lost: BoardItem; pains: BoardItem[] } {
  const headers = ["Need", "Buy", "Use"].map((title, s) =>
    userItem("text", title, null, s * 800, -400),
  );
  const steps = ["Search", "Pay", "Unpack"].map((text, s) => sticky(text, "yellow", s * 800, 0));
  const pains = [
    sticky("Too many options", "red", 0, 300),
    sticky("Card declined", "red", 800, 300),
    sticky("Card declined!", "red", 800, 560),
  ];
  const feeling = sticky("😡 angry", "pink", 1600, 300);
  const lost = sticky("Remember the coffee", "black", 4000, 0);
  return { items: [...headers, ...steps, ...pains, feeling, lost], lost, pains };
}

/** A board with the given items and a connected session in English. */
export async function sessionOn(
  items: readonly BoardItem[],
  options: Partial<PanelSessionOptions> & InMemoryBoardOptions = {},
): Promise<{ board: InMemoryBoard; session: PanelSession }> {
  const board = new InMemoryBoard({ platform: options.platform ?? "miro", ...options });
  board.addUserItems(items);
  const session = createPanelSession(board, { language: "en", ...options });
  await session.connect();
  return { board, session };
}

/** One journey of a board: its frame's title, its stages and, per stage, its notes' texts. */
export interface JourneySketch {
  title: string;
  stages: readonly string[];
  /** Per stage, top to bottom: a step (yellow), then pains (red). */
  notes: readonly (readonly string[])[];
}

/**
 * A board of journeys side by side, as a team leaves an as-is and a to-be: each in a frame of its
 * own titled after it, with its own header row of stage titles (texts) and its notes under them,
 * the first of each stage a step, the others pains. Returns the frames too, to read one alone.
 */
export function journeysBoard(journeys: readonly JourneySketch[]): {
  items: BoardItem[];
  frames: BoardItem[];
} {
  const items: BoardItem[] = [];
  const frames: BoardItem[] = [];
  let left = 0;
  for (const { title, stages, notes } of journeys) {
    const width = stages.length * 800 + 400;
    const frame = userItem("frame", title, null, left + width / 2, 600, { width, height: 1600 });
    const inside = (item: BoardItem) => items.push({ ...item, parentId: frame.id });
    frames.push(frame);
    items.push(frame);
    stages.forEach((stage, s) => {
      const x = left + 400 + s * 800;
      inside(userItem("text", stage, null, x, 0));
      (notes[s] ?? []).forEach((text, n) => {
        inside(sticky(text, n === 0 ? "yellow" : "red", x, 300 + n * 260));
      });
    });
    left += width + 600;
  }
  return { items, frames };
}

/** A Swedish team's as-is ("Idag", three stages) and to-be ("Målbild", two stages). */
export const AS_IS_AND_TO_BE: readonly JourneySketch[] = [
  {
    title: "Idag",
    stages: ["Hitta", "Beställa", "Installera"],
    notes: [
      ["Söker på nätet", "För många val"],
      ["Ringer kundtjänst", "Lång kö", "Krånglig blankett"],
      ["Väntar på teknikern", "Tekniker kom aldrig"],
    ],
  },
  {
    title: "Målbild",
    stages: ["Välja själv", "Klart direkt"],
    notes: [
      ["Jämför i appen", "Svårt att förstå priset"],
      ["Aktiverar själv", "Oro för avbrott"],
    ],
  },
];
