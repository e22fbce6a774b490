/** What a key press on the drawn board asks for. */
export type KeyCommand =
  | { kind: "nudge"; dx: number; dy: number }
  | { kind: "remove" }
  | { kind: "zoom"; factor: number }
  | { kind: "fit" }
  | { kind: "deselect" };

/** The parts of a keyboard event the board's keys depend on. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** A nudge by the arrow keys, in board units; with Shift, ten times as far. */
export const NUDGE = 10;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The board's command for a key press, or null to let the key do what it does anyway: arrows
 * move the selected notes, Delete or Backspace removes them, + and − zoom, 0 fits the board,
 * Escape clears the selection. Presses with Ctrl, Cmd or Alt belong to the browser.
 */
export function keyCommand(press: KeyPress): KeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const arrow = ARROWS[press.key];
  if (arrow) {
    const step = press.shiftKey ? NUDGE * 10 : NUDGE;
    return { kind: "nudge", dx: arrow[0] * step, dy: arrow[1] * step };
  }
  switch (press.key) {
    case "Delete":
    case "Backspace":
      return { kind: "remove" };
    case "+":
    case "=":
      return { kind: "zoom", factor: 1.25 };
    case "-":
    case "_":
      return { kind: "zoom", factor: 1 / 1.25 };
    case "0":
      return { kind: "fit" };
    case "Escape":
      return { kind: "deselect" };
    default:
      return null;
  }
}
