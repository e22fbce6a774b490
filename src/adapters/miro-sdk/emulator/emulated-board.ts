import type { MiroBoardApi, MiroItem, MiroRect } from "../miro-api";
import type { BoardState } from "./board-state";
import type { CallRunner } from "./call-runner";
import { connectorFromProps } from "./connector-from-props";
import { cardView, shapeView, stickyView, textView } from "./content-views";
import { emptySpaceNear } from "./empty-space";
import { itemCallEffects } from "./item-call-effects";
import { connectorView, frameView, viewOf } from "./item-views";
import { invalidError, notFoundError } from "./miro-errors";
import { isPlaced, type MiroRecord, type PlacedRecord } from "./miro-record";
import {
  cardFromProps,
  frameFromProps,
  shapeFromProps,
  stickyFromProps,
  textFromProps,
} from "./records-from-props";
import { placedView } from "./view-parts";

/** The type a record's views give: an unsupported item's is the SDK's name for it. */
function sdkType(record: MiroRecord): string {
  return record.type === "unsupported" ? record.sdkType : record.type;
}

/** The box of a placed record, centre-based, in board coordinates. */
function box(record: PlacedRecord): MiroRect {
  return { x: record.x, y: record.y, width: record.width, height: record.height };
}

/** The emulated board, and how it shows a stored item (selection events show items so). */
export interface EmulatedBoard {
  board: MiroBoardApi;
  view: (record: MiroRecord) => MiroItem;
}

/**
 * The emulated `miro.board`: every call is one metered call through the runner, and hands out
 * fresh views of the stored items. What it shares with the emulator's people is `state`.
 */
export function emulatedBoard(state: BoardState, runner: CallRunner): EmulatedBoard {
  const { store } = state;
  const view = (record: MiroRecord): MiroItem => viewOf(store, record, calls);
  const calls = itemCallEffects(state, runner, view);
  const added = <R extends PlacedRecord>(record: R) => {
    store.add(record);
    state.changed();
    return { record, base: placedView(store, record, calls) };
  };
  const existing = (id: string): MiroRecord => {
    const record = store.get(id);
    if (!record) throw notFoundError(id);
    return record;
  };
  const board: MiroBoardApi = {
    get: (filter) =>
      runner.run("get", () => {
        const types = new Set<string>(filter.type);
        return store
          .all()
          .filter((record) => types.has(sdkType(record)))
          .map(view);
      }),
    getById: (id) => runner.run("getById", () => view(existing(id))),
    getSelection: () =>
      runner.run("getSelection", () =>
        state.selection.flatMap((id) => {
          const record = store.get(id);
          return record ? [view(record)] : [];
        }),
      ),
    createStickyNote: (props) =>
      runner.run("createStickyNote", () => {
        const { record, base } = added(stickyFromProps(store.newId(), props));
        return stickyView(base, record, calls);
      }),
    createShape: (props) =>
      runner.run("createShape", () => {
        const { record, base } = added(shapeFromProps(store.newId(), props));
        return shapeView(base, record, calls);
      }),
    createText: (props) =>
      runner.run("createText", () => {
        const { record, base } = added(textFromProps(store.newId(), props));
        return textView(base, record, calls);
      }),
    createCard: (props) =>
      runner.run("createCard", () => {
        const { record, base } = added(cardFromProps(store.newId(), props));
        return cardView(base, record, calls);
      }),
    createFrame: (props) =>
      runner.run("createFrame", () => {
        const { record, base } = added(frameFromProps(store.newId(), props));
        return frameView(base, record, calls);
      }),
    createConnector: (props) =>
      runner.run("createConnector", () => {
        const record = connectorFromProps(store, store.newId(), props);
        store.add(record);
        state.changed();
        return connectorView(record, calls);
      }),
    remove: ({ id }) =>
      runner.run("remove", () => {
        existing(id);
        // A frame goes with everything in it, an item with its connectors, as in Miro.
        state.appTouches(store.goneWith(id));
        const gone = new Set(store.remove(id).map((record) => record.id));
        state.selection = state.selection.filter((selected) => !gone.has(selected));
        state.changed();
      }),
    findEmptySpace: ({ offset, ...want }) =>
      runner.run("findEmptySpace", () => {
        const boxes = store.all().flatMap((record) => (isPlaced(record) ? [box(record)] : []));
        return emptySpaceNear(want, boxes, offset ?? 0);
      }),
    // Miro's typings promise a JSON value; for a key never set the emulator answers null, which
    // they allow (undefined they do not). Real Miro may answer undefined: read both as absent.
    getAppData: (key) =>
      runner.run("getAppData", () => structuredClone(state.appData.get(key) ?? null)),
    setAppData: (key, value) =>
      runner.run("setAppData", () => {
        state.appData.set(key, structuredClone(value));
        state.changed();
        return structuredClone(Object.fromEntries(state.appData));
      }),
    viewport: {
      zoomTo: (items) =>
        runner.run("viewport.zoomTo", () => {
          const boxes = items.flatMap(({ id }) => {
            const record = existing(id);
            return isPlaced(record) ? [box(record)] : [];
          });
          if (boxes.length === 0) throw invalidError("viewport.zoomTo needs an item with a place");
          const left = Math.min(...boxes.map((b) => b.x - b.width / 2));
          const top = Math.min(...boxes.map((b) => b.y - b.height / 2));
          const right = Math.max(...boxes.map((b) => b.x + b.width / 2));
          const bottom = Math.max(...boxes.map((b) => b.y + b.height / 2));
          state.lastView = { x: left, y: top, width: right - left, height: bottom - top };
        }),
      set: (options) =>
        runner.run("viewport.set", () => {
          state.lastView = { ...options.viewport };
          return { ...options.viewport };
        }),
    },
    ui: {
      on: (_event, handler) => {
        state.selectionHandlers.add(handler);
      },
      off: (_event, handler) => {
        state.selectionHandlers.delete(handler);
      },
    },
  };
  return { board, view };
}
