import { type ItemRecord, isPlaced, type MiroRecord, type PlacedRecord } from "./miro-record";

/** Miro's item ids are long strings of digits; the emulator's start as Miro's often do. */
const ID_PREFIX = "3458764";
const ID_DIGITS = 12;

/**
 * The board's items in creation order, as the emulator keeps them. It keeps a frame's
 * `childrenIds` in step with its children's `parentId`, and takes a frame's contents and an
 * item's connectors with it when it goes, as Miro does. Every method changes the store in place
 * and trusts its caller to have checked the call first: a rejected call must change nothing.
 */
export class ItemStore {
  private readonly items = new Map<string, MiroRecord>();
  private counter = 0;

  /** A fresh Miro-like id no item has. */
  newId(): string {
    let id: string;
    do {
      this.counter++;
      id = `${ID_PREFIX}${String(this.counter).padStart(ID_DIGITS, "0")}`;
    } while (this.items.has(id));
    return id;
  }

  get(id: string): MiroRecord | undefined {
    return this.items.get(id);
  }

  /** The item with an id, when it is one that can sit on the board. */
  item(id: string): ItemRecord | undefined {
    const record = this.items.get(id);
    return record && record.type !== "tag" ? record : undefined;
  }

  placed(id: string): PlacedRecord | undefined {
    const record = this.items.get(id);
    return record && isPlaced(record) ? record : undefined;
  }

  all(): MiroRecord[] {
    return [...this.items.values()];
  }

  /** Adds a record at the end of the creation order, as the child of its `parentId` if any. */
  add(record: MiroRecord): void {
    this.items.set(record.id, record);
    if (record.type !== "tag" && record.parentId !== null) {
      const parent = this.items.get(record.parentId);
      if (parent?.type === "frame") parent.childrenIds.push(record.id);
      else record.parentId = null;
    }
  }

  /** Moves an item into a frame, or out of every frame for null; its board position stays. */
  setParent(item: ItemRecord, parentId: string | null): void {
    const old = item.parentId === null ? undefined : this.items.get(item.parentId);
    if (old?.type === "frame") old.childrenIds = old.childrenIds.filter((id) => id !== item.id);
    item.parentId = parentId;
    const parent = parentId === null ? undefined : this.items.get(parentId);
    if (parent?.type === "frame") parent.childrenIds.push(item.id);
  }

  /** The frame's contents, nested frames' contents too. */
  contentsOf(frameId: string): ItemRecord[] {
    const frame = this.items.get(frameId);
    if (frame?.type !== "frame") return [];
    return frame.childrenIds.flatMap((id) => {
      const child = this.item(id);
      return child ? [child, ...this.contentsOf(id)] : [];
    });
  }

  /**
   * The records a removal of `id` takes off the board: the item, a frame's contents, connectors
   * joined to any of them; removing a tag takes it off the items that carry it.
   */
  goneWith(id: string): MiroRecord[] {
    const record = this.items.get(id);
    if (!record) return [];
    const gone = new Map<string, MiroRecord>([[id, record]]);
    for (const inside of this.contentsOf(id)) gone.set(inside.id, inside);
    for (const other of this.items.values()) {
      if (other.type !== "connector") continue;
      const ends = [other.start?.item, other.end?.item];
      if (ends.some((end) => end !== undefined && gone.has(end))) gone.set(other.id, other);
    }
    return [...gone.values()];
  }

  /** Removes what `goneWith(id)` names; returns it. */
  remove(id: string): MiroRecord[] {
    const gone = this.goneWith(id);
    for (const record of gone) {
      if (record.type !== "tag" && record.parentId !== null) this.setParent(record, null);
      this.items.delete(record.id);
    }
    for (const record of gone) {
      if (record.type !== "tag") continue;
      for (const other of this.items.values()) {
        if ("tagIds" in other) other.tagIds = other.tagIds.filter((tagId) => tagId !== record.id);
      }
    }
    return gone;
  }
}
