import type { FigmaPluginApi, FigmaSceneNode } from "../figma-api";
import { refusedError } from "./figjam-errors";
import type { SceneRecord } from "./figjam-record";
import {
  newConnector,
  newSection,
  newShape,
  newSticky,
  newText,
  type Placement,
} from "./new-records";
import type { UndoLog } from "./undo-log";
import type { ViewContext } from "./view-context";
import { emulatedViewport } from "./viewport";

/** The parts of the emulator `figma` is made of. */
export interface FigmaParts {
  ctx: ViewContext;
  undo: UndoLog;
  ui: FigmaPluginApi["ui"];
}

/** A view of the type asked for; the view cache makes one per record type, so this never throws. */
function ofType<T extends FigmaSceneNode["type"]>(
  view: FigmaSceneNode,
  type: T,
): Extract<FigmaSceneNode, { type: T }> {
  if (view.type !== type) throw new Error(`the emulator made a ${view.type}, not a ${type}`);
  return view as Extract<FigmaSceneNode, { type: T }>;
}

/**
 * The emulated `figma`: the plugin's calls go through the view context's gate (timed, counted,
 * maybe faulted). A created node goes on the page at (0, 0), as in FigJam.
 */
export function emulatedFigma({ ctx, undo, ui }: FigmaParts): FigmaPluginApi {
  const create = <R extends SceneRecord>(method: string, make: (place: Placement) => R) =>
    ctx.gate.write(method, (change) => {
      const record = make({ id: ctx.store.newId(), parentId: ctx.store.page.id, origin: "app" });
      change.touch([record]);
      ctx.store.add(record);
      return ctx.sceneView(record);
    });
  const viewport = emulatedViewport(ctx);
  return {
    get root() {
      return ctx.documentView();
    },
    get currentPage() {
      return ctx.pageView();
    },
    getNodeByIdAsync: (id) => ctx.gate.later("getNodeByIdAsync", () => ctx.view(id)),
    loadAllPagesAsync: () => ctx.gate.later("loadAllPagesAsync", () => undefined),
    loadFontAsync: (font) => ctx.gate.later("loadFontAsync", () => ctx.fonts.load(font)),
    createSticky: () => ofType(create("createSticky", newSticky), "STICKY"),
    createShapeWithText: () => ofType(create("createShapeWithText", newShape), "SHAPE_WITH_TEXT"),
    createText: () => ofType(create("createText", newText), "TEXT"),
    createSection: () => ofType(create("createSection", newSection), "SECTION"),
    createConnector: () => ofType(create("createConnector", newConnector), "CONNECTOR"),
    commitUndo: () => ctx.gate.call("commitUndo", () => undo.commit()),
    notify: (message, options) =>
      ctx.gate.call("notify", () => {
        const shown = { message, error: options?.error ?? false, cancelled: false };
        ctx.state.notifications.push(shown);
        return {
          cancel: () => {
            shown.cancelled = true;
          },
        };
      }),
    viewport,
    on: (type, callback) => {
      if (type !== "selectionchange") throw refusedError("on", `unknown event "${type}"`);
      ctx.state.selectionHandlers.add(callback);
    },
    off: (_type, callback) => {
      ctx.state.selectionHandlers.delete(callback);
    },
    ui,
  };
}
