import type { BoardItem } from "../../core/board/board-item";

/** What a saved board file could not carry, so the page can say so rather than lose it quietly. */
export interface LeftOut {
  /** Items the file format has no place for, counted by kind (`connector`, `other`...). */
  items: Partial<Record<BoardItem["kind"], number>>;
  /** The app's items that come back without their mark, read as the team's own. */
  unmarked: number;
}

/**
 * Compares the board with the same board read back from its saved file: what is missing, and
 * which of the app's items lost the mark that tells them apart from the team's notes.
 */
export function leftOutOfFile(
  board: readonly BoardItem[],
  readBack: readonly BoardItem[],
): LeftOut {
  const back = new Map(readBack.map((item) => [item.id, item]));
  const left: LeftOut = { items: {}, unmarked: 0 };
  for (const item of board) {
    const found = back.get(item.id);
    if (!found) left.items[item.kind] = (left.items[item.kind] ?? 0) + 1;
    else if (item.mark !== null && found.mark === null) left.unmarked++;
  }
  return left;
}

const KIND_WORDS: Record<BoardItem["kind"], [string, string]> = {
  sticky: ["sticky note", "sticky notes"],
  shape: ["shape", "shapes"],
  text: ["text", "texts"],
  frame: ["frame", "frames"],
  card: ["card", "cards"],
  connector: ["connector", "connectors"],
  other: ["other item (an image, say)", "other items (images, say)"],
};

/** What a save left out, in a sentence for the page, or "" when the file holds everything. */
export function leftOutWords(left: LeftOut, format: string): string {
  const kinds = Object.entries(left.items).map(([kind, count]) => {
    const [one, many] = KIND_WORDS[kind as BoardItem["kind"]];
    return `${count} ${count === 1 ? one : many}`;
  });
  const said: string[] = [];
  if (kinds.length > 0)
    said.push(`The file leaves out ${kinds.join(", ")}: ${format} has no place for them.`);
  if (left.unmarked > 0)
    said.push(
      `${format} cannot carry journey-mapper's marks, so loaded again its ${left.unmarked} item${left.unmarked === 1 ? "" : "s"} read as the team's own and writing back adds new ones.`,
    );
  if (said.length > 0) said.push("The board as it is stays in this browser.");
  return said.join(" ");
}
