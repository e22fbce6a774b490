import type { BlockMeter } from "./block-meter";
import type { BoardState } from "./board-state";
import type { CallMeter } from "./call-meter";
import type { FaultDice } from "./faults";
import { faultError, refusalKindOf, refusedError } from "./figjam-errors";
import type { FigJamRecord } from "./figjam-record";
import type { UndoLog } from "./undo-log";

/** What a changing call tells the gate of what it changes, before it changes it. */
export interface Change {
  /** These nodes change (or move, or go): logged when not the app's, and costed. */
  touch(records: readonly FigJamRecord[]): void;
  /** The call costs as much as `nodes` changes without changing anything (a value set again). */
  cost(nodes: number): void;
}

/**
 * How the views' calls reach the document. The plugin's gate times, counts and faults them;
 * the looking gate (`emulator.nodes()`) reads freely and changes nothing.
 */
export interface CallGate {
  /** A property read: timed, never counted or faulted. */
  read<T>(effect: () => T): T;
  /** A call that changes no node (a search, reading plugin data, `notify`...): timed and counted. */
  call<T>(method: string, effect: () => T): T;
  /** A change: timed, counted, maybe faulted (throwing before anything changes). */
  write<T>(method: string, effect: (change: Change) => T): T;
  /** An async call: counted, maybe faulted (a rejection); its effect runs in a microtask. */
  later<T>(method: string, effect: () => T): Promise<T>;
}

/** The parts of the emulator the plugin's gate works with. */
export interface PluginGateParts {
  state: BoardState;
  blocks: BlockMeter;
  meter: CallMeter;
  dice: FaultDice;
  undo: UndoLog;
  /** A person's edit is due once the plugin yields. */
  editDue: () => void;
}

/** The gate of the plugin's own calls. */
export function pluginGate(parts: PluginGateParts): CallGate {
  const { state, blocks, meter, dice, undo } = parts;
  const refused = (error: unknown): never => {
    meter.refuse(refusalKindOf(error));
    throw error;
  };
  return {
    read: (effect) => blocks.measure(() => effect()),
    call: (method, effect) => {
      meter.count(method);
      return blocks.measure(() => effect());
    },
    write: (method, effect) => {
      meter.count(method);
      let touched = 0;
      const result = blocks.measure((charge) => {
        if (dice.userEdits()) parts.editDue();
        if (dice.fails()) refused(faultError(method));
        const change: Change = {
          touch: (records) => {
            state.appTouches(records);
            touched += records.length;
            charge(records.length);
          },
          cost: charge,
        };
        try {
          return effect(change);
        } catch (error) {
          return refused(error);
        }
      });
      if (touched > 0) {
        meter.nodeChanges += touched;
        undo.changed();
        state.changed();
      }
      return result;
    },
    later: (method, effect) => {
      meter.count(method);
      if (dice.userEdits()) parts.editDue();
      const fails = dice.fails();
      return Promise.resolve().then(() =>
        blocks.measure(() => {
          if (fails) return refused(faultError(method));
          try {
            return effect();
          } catch (error) {
            return refused(error);
          }
        }),
      );
    },
  };
}

/** The gate of the emulator's own looks at the document: free reads, no changes. */
export const lookingGate: CallGate = {
  read: (effect) => effect(),
  call: (_method, effect) => effect(),
  write: (method) => {
    throw refusedError(method, "the emulator's views are for looking; act as a person instead");
  },
  later: (method) =>
    Promise.reject(refusedError(method, "the emulator's views are for looking, not calling")),
};
