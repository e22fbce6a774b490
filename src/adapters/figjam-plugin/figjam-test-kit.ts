import type { BoardItem } from "../../core/board/board-item";
import { userSticky as emulatorSticky } from "./emulator/emulator-test-kit";
import type { FigJamPluginBoardOptions, Schedule } from "./figjam-plugin-options";

/**
 * A timer the test runs by hand: what is scheduled waits until `flush` runs it, so a test says
 * exactly when a task's quiet time has passed.
 */
export function manualSchedule() {
  const waiting = new Set<() => void>();
  const schedule: Schedule = (task) => {
    waiting.add(task);
    return () => waiting.delete(task);
  };
  return {
    schedule,
    /** How many tasks wait. */
    get pending() {
      return waiting.size;
    },
    /** Runs every task waiting now. */
    flush() {
      const due = [...waiting];
      waiting.clear();
      for (const task of due) task();
    },
  };
}

/** Options for tests: the undo step's timer run by hand, everything else at its default. */
export function testOptions(overrides: FigJamPluginBoardOptions = {}) {
  const timer = manualSchedule();
  return { options: { schedule: timer.schedule, ...overrides }, timer };
}

/** A person's sticky as FigJam holds one: 240 x 240, FigJam's yellow, at (x, y) unless told. */
export function userSticky(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return emulatorSticky(id, { text: `Note ${id}`, fill: "#FFE299", ...overrides });
}

/** A seeded random source as the emulator takes it. */
export { seededRandom as seeded } from "../../corpus/random";
/** A person's section, 1000 x 800 centred at (x, y) unless told. */
export { userSection } from "./emulator/emulator-test-kit";
