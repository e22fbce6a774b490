import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import type { Note } from "../model/note";
import { linkNotes } from "./note-links";
import { reconstructJourney } from "./reconstruct-journey";

function item(id: string, over: Partial<BoardItem> = {}): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "sticky_note",
    text: id,
    fill: "red",
    x: 0,
    y: 0,
    width: 200,
    height: 200,
    rotation: 0,
    parentId: null,
    mark: null,
    ...over,
  };
}

const connector = (id: string, from: string, to: string) =>
  item(id, { kind: "connector", platformType: "connector", fill: null, ends: { from, to } });

const note = (id: string) => ({ id }) as Note;

describe("linkNotes", () => {
  it("joins the two notes at a connector's ends, both ways", () => {
    const linked = linkNotes(
      [note("a"), note("b"), note("c")],
      [connector("c1", "a", "b"), connector("c2", "c", "a")],
    );
    expect(linked.map((n) => [n.id, n.links])).toEqual([
      ["a", ["b", "c"]],
      ["b", ["a"]],
      ["c", ["a"]],
    ]);
  });

  it("joins nothing where an end is not a note, or both ends are one note", () => {
    const notes = [note("a"), note("b")];
    const linked = linkNotes(notes, [
      connector("c1", "a", "shape"),
      connector("c2", "b", "b"),
      item("c3", { kind: "connector" }),
    ]);
    expect(linked).toBe(notes);
    expect(linked.map((n) => n.links)).toEqual([undefined, undefined]);
  });

  it("carries the links into the journey a board is read into", () => {
    const { journey } = reconstructJourney(
      [
        item("pain", { x: 0, y: 0 }),
        item("idea", { x: 0, y: 300, fill: "orange" }),
        item("other", { x: 900, y: 0 }),
        connector("c1", "idea", "pain"),
      ],
      { platform: "miro" },
    );
    expect(journey.notes.map((n) => [n.id, n.links])).toEqual([
      ["pain", ["idea"]],
      ["idea", ["pain"]],
      ["other", undefined],
    ]);
  });
});
