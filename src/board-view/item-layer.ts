import type { BoardItem } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { type ConnectorLine, connectorLines, sameLine } from "./connector-line";
import { createItemElement, updateItemElement } from "./item-element";
import { type ItemLook, itemLook, sameLook } from "./item-look";
import { diffLooks } from "./keyed-diff";

const SVG = "http://www.w3.org/2000/svg";

/**
 * The drawn items, kept by id. A redraw compares the board's looks with the drawn ones and
 * touches only the elements that differ, so hundreds of notes redraw in a few milliseconds.
 */
export class ItemLayer {
  private readonly looks = new Map<string, ItemLook>();
  private readonly elements = new Map<string, HTMLElement>();
  private readonly lines = new Map<string, { line: ConnectorLine; element: SVGLineElement }>();
  private selected = new Set<string>();

  constructor(
    private readonly frames: HTMLElement,
    private readonly notes: HTMLElement,
    private readonly connectors: SVGSVGElement,
  ) {}

  /**
   * Draws the board's items, reusing every element whose item is still there. With `touched`,
   * only those items are looked at (a change names the items it touched), and those no longer
   * on the board are taken off; without it, every item is compared with its drawing.
   */
  draw(
    items: ReadonlyMap<string, BoardItem>,
    platform: Platform,
    touched?: ReadonlySet<string>,
  ): void {
    if (touched) {
      for (const id of touched) {
        const item = items.get(id);
        if (!item) this.remove(id);
        else if (item.kind !== "connector") this.show(itemLook(item, platform));
      }
    } else {
      const looks: ItemLook[] = [];
      for (const item of items.values())
        if (item.kind !== "connector") looks.push(itemLook(item, platform));
      const diff = diffLooks(this.looks, looks);
      for (const id of diff.removed) this.remove(id);
      for (const look of [...diff.changed, ...diff.added]) this.show(look);
    }
    this.drawConnectors(connectorLines([...items.values()]));
  }

  /** The drawn look of an item, or undefined when it is not drawn. */
  lookOf(id: string): ItemLook | undefined {
    return this.looks.get(id);
  }

  /** Shows items moved by a distance while they are dragged, before the board is told. */
  preview(ids: readonly string[], dx: number, dy: number): void {
    for (const id of ids) {
      const look = this.looks.get(id);
      const element = this.elements.get(id);
      if (!look || !element) continue;
      element.style.left = `${look.left + dx}px`;
      element.style.top = `${look.top + dy}px`;
    }
  }

  /** Marks the selected items. */
  select(ids: readonly string[]): void {
    const next = new Set(ids);
    for (const id of this.selected)
      if (!next.has(id)) this.elements.get(id)?.classList.remove("jm-selected");
    for (const id of next) this.elements.get(id)?.classList.add("jm-selected");
    this.selected = next;
  }

  /** Flashes items briefly, to show what the app brought into view. */
  flash(ids: readonly string[]): void {
    for (const id of ids) {
      const element = this.elements.get(id);
      if (!element) continue;
      element.classList.remove("jm-flash");
      // Reading layout restarts the animation on an item flashed a moment ago.
      void element.offsetWidth;
      element.classList.add("jm-flash");
    }
  }

  /** Draws a look: a new element, an updated one, or nothing when it is drawn so already. */
  private show(look: ItemLook): void {
    const before = this.looks.get(look.id);
    const element = this.elements.get(look.id);
    if (before && element && before.shape === look.shape) {
      if (sameLook(before, look)) return;
      updateItemElement(element, before, look);
      this.looks.set(look.id, look);
      return;
    }
    element?.remove();
    this.add(look);
  }

  private remove(id: string): void {
    this.elements.get(id)?.remove();
    this.elements.delete(id);
    this.looks.delete(id);
    this.selected.delete(id);
  }

  private add(look: ItemLook): void {
    const element = createItemElement(this.notes.ownerDocument, look);
    (look.shape === "frame" ? this.frames : this.notes).append(element);
    this.elements.set(look.id, element);
    this.looks.set(look.id, look);
  }

  private drawConnectors(lines: readonly ConnectorLine[]): void {
    const seen = new Set<string>();
    for (const line of lines) {
      seen.add(line.id);
      const drawn = this.lines.get(line.id);
      if (drawn && sameLine(drawn.line, line)) continue;
      const element = drawn?.element ?? this.connectors.ownerDocument.createElementNS(SVG, "line");
      if (!drawn) {
        element.dataset.itemId = line.id;
        element.dataset.kind = "connector";
        this.connectors.append(element);
      }
      element.setAttribute("x1", String(line.x1));
      element.setAttribute("y1", String(line.y1));
      element.setAttribute("x2", String(line.x2));
      element.setAttribute("y2", String(line.y2));
      element.classList.toggle("jm-mine", line.mine);
      this.lines.set(line.id, { line, element });
    }
    for (const [id, drawn] of this.lines) {
      if (seen.has(id)) continue;
      drawn.element.remove();
      this.lines.delete(id);
    }
  }
}
