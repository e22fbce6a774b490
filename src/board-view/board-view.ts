import type { BoardItem } from "../core/board/board-item";
import { buildBoardDom } from "./board-dom";
import { listenToKeys } from "./board-keys";
import { BOARD_VIEW_CSS } from "./board-view-styles";
import { Camera } from "./camera";
import { dragPlan } from "./drag-plan";
import type { DrawnBoard, DrawnBoardChange } from "./drawn-board";
import { drawnBounds } from "./drawn-rect";
import { withMargin } from "./fit-view";
import { ItemLayer } from "./item-layer";
import type { KeyCommand } from "./key-command";
import { listenToPointers } from "./pointer-gestures";
import { selectionGestures } from "./selection-gestures";
import { editTextInPlace } from "./text-editor";
import { itemsToHighlight } from "./view-highlight";
import { wheelZoomFactor } from "./viewport";
import { addZoomControls } from "./zoom-controls";

/** The drawn board, mounted: what the page around it may ask of it. */
export interface BoardView {
  /** Shows the whole board. */
  fit(): void;
  /** Draws what changed now instead of at the next frame (for measuring). */
  drawNow(): void;
  /** Stops listening and empties the container. */
  destroy(): void;
}

/** What a redraw has to catch up on: every item, or the items changes named. */
interface Pending {
  all: boolean;
  ids: Set<string>;
  selection: boolean;
  view: boolean;
  fit: boolean;
}

const nothingPending = (): Pending => ({
  all: false,
  ids: new Set(),
  selection: false,
  view: false,
  fit: false,
});

/** Item kinds whose words can be edited in place. */
const EDITABLE = new Set<BoardItem["kind"]>(["sticky", "shape", "text"]);

/**
 * Draws a board into a container and lets people work on it as on Miro or FigJam: pan, zoom,
 * select (the board's selection, which the panel reads), drag, nudge, delete and edit notes;
 * every edit is a user's edit on the board. It redraws once a frame after changes to the board,
 * touching only what changed, and glides to (and flashes) what the app brings into view.
 */
export function mountBoardView(container: HTMLElement, board: DrawnBoard): BoardView {
  const dom = buildBoardDom(container, BOARD_VIEW_CSS);
  const layer = new ItemLayer(dom.frames, dom.notes, dom.connectors);
  const showZoom = addZoomControls(container, {
    zoomIn: () => camera.zoomBy(1.25),
    zoomOut: () => camera.zoomBy(1 / 1.25),
    fit: () => fitBoard(),
  });
  const camera = new Camera(container, dom.world, showZoom);
  let byId = new Map<string, BoardItem>();
  let list: BoardItem[] | null = null;
  /** The items in board order, as the gestures and fitting need them. */
  const items = () => {
    list ??= [...byId.values()];
    return list;
  };
  let frame = 0;
  let pending: Pending = { ...nothingPending(), all: true, selection: true, fit: true };
  let space = false;

  const fitBoard = () => {
    const bounds = drawnBounds(items(), board.platform);
    if (bounds) camera.glideTo(bounds);
  };
  const flush = () => {
    frame = 0;
    const done = pending;
    pending = nothingPending();
    if (done.all) {
      byId = new Map(board.all().map((item) => [item.id, item]));
      list = null;
      layer.draw(byId, board.platform);
    } else if (done.ids.size > 0) {
      for (const id of done.ids) {
        const item = board.get(id);
        if (item) byId.set(id, item);
        else byId.delete(id);
      }
      list = null;
      layer.draw(byId, board.platform, done.ids);
    }
    if (done.all || done.ids.size > 0 || done.selection) layer.select(board.selection);
    const target = board.view;
    const bounds = done.fit ? drawnBounds(items(), board.platform) : null;
    if (done.fit && bounds && camera.size().width > 0) camera.fit(bounds);
    else if (done.fit) pending.fit = true;
    else if (done.view && target) {
      camera.glideTo(withMargin(target));
      layer.flash(itemsToHighlight(items(), target, board.platform));
    }
  };
  const schedule = (what: Partial<Omit<Pending, "ids">>, ids: readonly string[] = []) => {
    pending.all ||= Boolean(what.all);
    pending.selection ||= Boolean(what.selection);
    pending.view ||= Boolean(what.view);
    pending.fit ||= Boolean(what.fit);
    for (const id of ids) pending.ids.add(id);
    if (!frame) frame = requestAnimationFrame(flush);
  };
  const onChange = (change: DrawnBoardChange) => {
    if (change.kind === "selection") schedule({ selection: true });
    else if (change.kind === "view") schedule({ view: true });
    else if (change.kind === "restored") schedule({ all: true, fit: true });
    else if (change.kind === "board-data") return;
    // A change that names no items (none that this view knows of) is read whole.
    else if (change.ids.length === 0) schedule({ all: true });
    else schedule({}, change.ids);
  };
  const moveRoots = (roots: readonly string[], dx: number, dy: number) => {
    for (const id of roots) {
      const item = byId.get(id);
      if (item) board.moveItem(id, Math.round(item.x + dx), Math.round(item.y + dy));
    }
  };
  const edit = (id: string) => {
    const item = byId.get(id);
    const look = layer.lookOf(id);
    if (!item || !look || !EDITABLE.has(item.kind)) return;
    editTextInPlace(dom.world, look, item.text, (text) => {
      if (text !== null && byId.has(item.id)) board.editText(item.id, text);
      container.focus({ preventScroll: true });
    });
  };
  const selected = () => board.selection.filter((id) => byId.has(id));
  const run = (command: KeyCommand) => {
    switch (command.kind) {
      case "nudge":
        return moveRoots(dragPlan(items(), selected()).roots, command.dx, command.dy);
      case "remove":
        for (const id of selected()) {
          // A frame stays: deleting it would take every note inside along.
          if (byId.get(id)?.kind === "frame" || !board.all().some((item) => item.id === id))
            continue;
          board.removeItem(id);
        }
        return;
      case "zoom":
        return camera.zoomBy(command.factor);
      case "fit":
        return fitBoard();
      case "deselect":
        board.selection = [];
        return;
    }
  };

  const stopPointers = listenToPointers(
    container,
    selectionGestures({
      board,
      camera,
      layer,
      box: dom.box,
      items,
      spaceHeld: () => space,
      drop: moveRoots,
    }),
  );
  const stopKeys = listenToKeys(container, {
    run,
    space: (held) => {
      space = held;
      container.classList.toggle("jm-space", held);
    },
    edit: () => {
      const [only, ...more] = selected();
      if (only !== undefined && more.length === 0) edit(only);
    },
  });
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const bounds = container.getBoundingClientRect();
    if (!event.ctrlKey && event.deltaX !== 0) camera.panBy(-event.deltaX, 0);
    const factor = wheelZoomFactor(event.deltaY, {
      pinch: event.ctrlKey,
      lines: event.deltaMode === 1,
    });
    camera.zoomBy(factor, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
  };
  const onDoubleClick = (event: MouseEvent) => {
    const element = (event.target as Element | null)?.closest?.("[data-item-id]");
    if (element instanceof HTMLElement && element.dataset.itemId) edit(element.dataset.itemId);
  };
  container.addEventListener("wheel", onWheel, { passive: false });
  container.addEventListener("dblclick", onDoubleClick);
  const stopChanges = board.onChange(onChange);
  // A board mounted before the page laid it out has no size to fit yet.
  const resize = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (box) camera.resize(box.width, box.height);
    if (pending.fit) schedule({ fit: true });
  });
  resize.observe(container);
  const drawNow = () => {
    cancelAnimationFrame(frame);
    flush();
  };
  drawNow();

  return {
    fit: fitBoard,
    drawNow,
    destroy: () => {
      cancelAnimationFrame(frame);
      camera.stop();
      stopChanges();
      stopPointers();
      stopKeys();
      resize.disconnect();
      container.removeEventListener("wheel", onWheel);
      container.removeEventListener("dblclick", onDoubleClick);
      dom.remove();
    },
  };
}
