import type { MiroCard, MiroShape, MiroStickyNote, MiroText } from "../miro-api";
import type { ItemCalls } from "./item-calls";
import type { CardRecord, ShapeRecord, StickyRecord, TextRecord } from "./miro-record";
import type { PlacedView } from "./view-parts";

/*
 * The views of the items that hold a journey's words. Each `sync` copies the view's writable
 * fields when it is called, so the app may go on changing the view while the call is in flight.
 */

/** A sticky note's view. */
export function stickyView(
  base: PlacedView,
  record: StickyRecord,
  calls: ItemCalls,
): MiroStickyNote {
  const view: MiroStickyNote & PlacedView = {
    ...base,
    type: "sticky_note",
    content: record.content,
    shape: record.shape,
    style: { ...record.style },
    tagIds: [...record.tagIds],
    sync: () =>
      calls.sync(record.id, {
        type: "sticky_note",
        x: view.x,
        y: view.y,
        width: view.width,
        height: view.height,
        shape: view.shape,
        content: view.content,
        style: { ...view.style },
        tagIds: [...view.tagIds],
      }),
  };
  return view;
}

/** A card's view. */
export function cardView(base: PlacedView, record: CardRecord, calls: ItemCalls): MiroCard {
  const view: MiroCard & PlacedView = {
    ...base,
    type: "card",
    rotation: record.rotation,
    title: record.title,
    description: record.description,
    dueDate: record.dueDate,
    assignee: record.assignee && { ...record.assignee },
    taskStatus: record.taskStatus,
    tagIds: [...record.tagIds],
    style: { ...record.style },
    // The view leaves out startDate (the app does not read it): the sync keeps the stored one.
    sync: () =>
      calls.sync(record.id, {
        type: "card",
        x: view.x,
        y: view.y,
        width: view.width,
        rotation: view.rotation,
        title: view.title,
        description: view.description,
        style: { ...view.style },
        dueDate: view.dueDate,
        startDate: record.startDate,
        assignee: view.assignee && { ...view.assignee },
        taskStatus: view.taskStatus,
        tagIds: [...view.tagIds],
      }),
  };
  return view;
}

/** A shape's view. */
export function shapeView(base: PlacedView, record: ShapeRecord, calls: ItemCalls): MiroShape {
  const view: MiroShape & PlacedView = {
    ...base,
    type: "shape",
    rotation: record.rotation,
    content: record.content,
    shape: record.shape,
    style: { ...record.style },
    sync: () =>
      calls.sync(record.id, {
        type: "shape",
        x: view.x,
        y: view.y,
        rotation: view.rotation,
        content: view.content,
        shape: view.shape,
        style: { ...view.style },
      }),
  };
  return view;
}

/** A text item's view. */
export function textView(base: PlacedView, record: TextRecord, calls: ItemCalls): MiroText {
  const view: MiroText & PlacedView = {
    ...base,
    type: "text",
    rotation: record.rotation,
    content: record.content,
    style: { ...record.style },
    sync: () =>
      calls.sync(record.id, {
        type: "text",
        x: view.x,
        y: view.y,
        width: view.width,
        rotation: view.rotation,
        content: view.content,
        style: { ...view.style },
      }),
  };
  return view;
}
