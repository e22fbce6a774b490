import { FIGJAM_COLOUR_NAMES } from "../../../core/colour/named-colour";
import type { BoardState } from "./board-state";
import { absoluteBox } from "./node-geometry";
import { moveNode, removeNode } from "./user-actions";
import { addUserNodes } from "./user-nodes";

/** How far, at most, a person nudges a sticky each way. */
const NUDGE = 60;
/** How far beside a node a person puts a new sticky. */
const BESIDE = 260;

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

function nudgeUserSticky(state: BoardState, random: () => number): boolean {
  const stickies = state.store.all().filter((r) => r.type === "STICKY" && !state.isAppNode(r));
  const sticky = pick(stickies, random);
  if (!sticky) return false;
  const box = absoluteBox(state.store, sticky);
  const dx = Math.round((random() * 2 - 1) * NUDGE);
  const dy = Math.round((random() * 2 - 1) * NUDGE);
  moveNode(state, sticky.id, box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  state.userEdits.push(`moved user sticky ${sticky.id} by (${dx}, ${dy})`);
  return true;
}

function deleteAppNode(state: BoardState, random: () => number): boolean {
  // Only nodes carrying the app's mark: those the app finds again on its next run.
  const { namespace, key } = state.mark;
  const marked = state.store.all().filter((r) => Boolean(r.shared[namespace]?.[key]));
  const node = pick(marked, random);
  if (!node) return false;
  removeNode(state, node.id);
  state.userEdits.push(`deleted app node ${node.id} (${node.type})`);
  return true;
}

function addUserStickies(state: BoardState, random: () => number): void {
  const count = random() < 0.5 ? 1 : 2;
  const placed = state.store.all().filter((r) => r.type !== "CONNECTOR");
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const near = pick(placed, random);
    const colour = pick(FIGJAM_COLOUR_NAMES, random) ?? "yellow";
    const box = near && state.store.has(near.id) ? absoluteBox(state.store, near) : undefined;
    const [x, y] = box ? [box.x + box.width / 2 + BESIDE, box.y + box.height / 2 + BESIDE] : [0, 0];
    const id = state.store.newId();
    const text = `A user's sticky ${state.userEdits.length + 1}`;
    addUserNodes(state, [
      {
        id,
        kind: "sticky",
        platformType: "STICKY",
        text,
        fill: `figjam:${colour}`,
        x,
        y,
        width: 240,
        height: 240,
        rotation: 0,
        parentId: null,
        mark: null,
      },
    ]);
    // Dropped where it lands: into the section under it, if any.
    moveNode(state, id, x, y);
    ids.push(id);
  }
  state.userEdits.push(`added user stick${ids.length > 1 ? "ies" : "y"} ${ids.join(", ")}`);
}

/**
 * A person edits the page while the plugin yields: nudges one of the people's stickies, deletes
 * one of the app's marked nodes (a section with all it holds), or adds a sticky or two. Each kind
 * is as likely; one that finds nothing to act on adds stickies instead. Each edit is one line of
 * `userEdits`.
 */
export function randomUserEdit(state: BoardState, random: () => number): void {
  const roll = random();
  if (roll < 1 / 3 && nudgeUserSticky(state, random)) return;
  if (roll >= 1 / 3 && roll < 2 / 3 && deleteAppNode(state, random)) return;
  addUserStickies(state, random);
}
