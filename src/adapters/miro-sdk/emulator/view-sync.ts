import { endpoint } from "./connector-from-props";
import { boardPosition, frameHolds } from "./frame-coordinates";
import type { ItemStore } from "./item-store";
import { invalidError, notFoundError } from "./miro-errors";
import type { FrameRecord, MiroRecord } from "./miro-record";
import { checkDate, checkStickyFill, frameSize, positive } from "./prop-checks";
import { stickySize } from "./sticky-size";
import type { SyncPatch } from "./sync-patch";
import { textSize } from "./text-size";

/** The record as the patch would leave it, checked as Miro checks an update; throws if refused. */
function synced(store: ItemStore, record: MiroRecord, patch: SyncPatch): MiroRecord {
  if (record.type === "tag" && patch.type === "tag") {
    return { ...record, title: patch.title, color: patch.color };
  }
  if (record.type === "connector" && patch.type === "connector") {
    const start = patch.start && endpoint(store, "start", patch.start);
    const end = patch.end && endpoint(store, "end", patch.end);
    return { ...record, start, end, shape: patch.shape, style: { ...patch.style } };
  }
  if (record.type === "tag" || record.type === "connector" || patch.type === "tag") {
    throw invalidError(`Item ${record.id} is a ${record.type}, not a ${patch.type}`);
  }
  if (patch.type === "connector") throw invalidError(`Item ${record.id} is not a connector`);
  const at = boardPosition(store, record, patch);
  if (record.type === "sticky_note" && patch.type === "sticky_note") {
    checkStickyFill(patch.style.fillColor);
    const width = patch.width === record.width ? undefined : patch.width;
    const height = patch.height === record.height ? undefined : patch.height;
    // A new shape keeps the height and takes the shape's width, as a resize keeps the ratio.
    const resized = width !== undefined || height !== undefined || patch.shape !== record.shape;
    const size = resized
      ? stickySize(patch.shape, width, height ?? (width === undefined ? record.height : undefined))
      : { width: record.width, height: record.height };
    return {
      ...record,
      ...at,
      ...size,
      shape: patch.shape,
      content: patch.content,
      style: { ...patch.style },
      tagIds: [...patch.tagIds],
    };
  }
  if (record.type === "card" && patch.type === "card") {
    checkDate("dueDate", patch.dueDate);
    checkDate("startDate", patch.startDate);
    const { type: _, ...fields } = patch;
    return {
      ...record,
      ...fields,
      ...at,
      width: positive("width", patch.width, 0),
      style: { ...patch.style },
      tagIds: [...patch.tagIds],
    };
  }
  if (record.type === "shape" && patch.type === "shape") {
    positive("fontSize", patch.style.fontSize, 0);
    return {
      ...record,
      ...at,
      rotation: patch.rotation,
      content: patch.content,
      shape: patch.shape,
      style: { ...patch.style },
    };
  }
  if (record.type === "text" && patch.type === "text") {
    const fontSize = positive("fontSize", patch.style.fontSize, 0);
    const same =
      patch.width === record.width &&
      patch.content === record.content &&
      fontSize === record.style.fontSize;
    const size = same ? {} : textSize(patch.content, fontSize, positive("width", patch.width, 0));
    return {
      ...record,
      ...at,
      ...size,
      rotation: patch.rotation,
      content: patch.content,
      style: { ...patch.style },
    };
  }
  if (record.type === "frame" && patch.type === "frame") {
    const size = frameSize(patch.width, patch.height);
    return { ...record, ...at, ...size, title: patch.title, style: { ...patch.style } };
  }
  if (record.type === "image" && patch.type === "image") {
    const size = {
      width: positive("width", patch.width, 0),
      height: positive("height", patch.height, 0),
    };
    return {
      ...record,
      ...at,
      ...size,
      rotation: patch.rotation,
      title: patch.title,
      url: patch.url,
    };
  }
  if (record.type === "unsupported" && patch.type === "unsupported") return { ...record, ...at };
  throw invalidError(`Item ${record.id} is a ${record.type}, not a ${patch.type}`);
}

/** A frame's contents moved by as much as the frame; refused if a child would end up outside. */
function movedContents(store: ItemStore, frame: FrameRecord, next: FrameRecord): MiroRecord[] {
  const [dx, dy] = [next.x - frame.x, next.y - frame.y];
  for (const id of frame.childrenIds) {
    const child = store.placed(id);
    if (child && !frameHolds(next, { x: child.x + dx, y: child.y + dy })) {
      throw invalidError(`Frame ${frame.id} cannot shrink: child ${id} would fall outside it`);
    }
  }
  if (dx === 0 && dy === 0) return [];
  const moved = store
    .contentsOf(frame.id)
    .flatMap((item) => (item.type === "connector" ? [] : [item]));
  for (const item of moved) {
    item.x += dx;
    item.y += dy;
  }
  return moved;
}

/**
 * Applies a view's fields to its stored record, as `item.sync()` does. Returns the records the
 * sync changed (a moved frame's contents move with it); throws, changing nothing, for a gone
 * item or what Miro refuses.
 */
export function applySync(store: ItemStore, id: string, patch: SyncPatch): MiroRecord[] {
  const record = store.get(id);
  if (!record) throw notFoundError(id);
  const next = synced(store, record, patch);
  if (JSON.stringify(next) === JSON.stringify(record)) return [];
  const moved =
    record.type === "frame" && next.type === "frame" ? movedContents(store, record, next) : [];
  Object.assign(record, next);
  return [record, ...moved];
}
