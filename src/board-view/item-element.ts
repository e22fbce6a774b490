import type { ItemLook } from "./item-look";

/** What the app's own items say when hovered: the small mark on them needs a name. */
const MINE_TITLE = "Made by journey-mapper";

/**
 * A new element for an item, drawn from its look. Board text goes in through textContent only:
 * a note reading `<img src=x onerror=...>` shows those characters and nothing runs.
 */
export function createItemElement(doc: Document, look: ItemLook): HTMLElement {
  const element = doc.createElement("div");
  element.className = `jm-item jm-${look.shape}`;
  element.dataset.itemId = look.id;
  element.dataset.kind = look.kind;
  const label = doc.createElement("span");
  label.className = look.shape === "frame" ? "jm-frame-title" : "jm-label";
  element.append(label);
  if (look.shape === "card") {
    const detail = doc.createElement("span");
    detail.className = "jm-detail";
    element.append(detail);
  }
  updateItemElement(element, null, look);
  return element;
}

/** Brings an element up to date with a new look, touching only what differs from `before`. */
export function updateItemElement(
  element: HTMLElement,
  before: ItemLook | null,
  look: ItemLook,
): void {
  const style = element.style;
  if (before?.left !== look.left) style.left = `${look.left}px`;
  if (before?.top !== look.top) style.top = `${look.top}px`;
  if (before?.width !== look.width) style.width = `${look.width}px`;
  if (before?.height !== look.height) style.height = `${look.height}px`;
  if (before?.background !== look.background) {
    // A card shows its colour as a stripe, on a white card.
    if (look.shape === "card") style.borderLeftColor = look.background ?? "";
    else style.backgroundColor = look.background ?? "";
  }
  if (before?.ink !== look.ink) style.color = look.ink;
  if (before?.fontSize !== look.fontSize)
    style.fontSize = look.fontSize > 0 ? `${look.fontSize}px` : "";
  if (before?.align !== look.align) style.textAlign = look.align;
  if (before?.text !== look.text) {
    const label = element.firstElementChild;
    if (label) label.textContent = look.text;
  }
  if (before?.detail !== look.detail) {
    const detail = element.querySelector(".jm-detail");
    if (detail) detail.textContent = look.detail;
  }
  if (before?.mine !== look.mine) {
    element.classList.toggle("jm-mine", look.mine);
    if (look.mine) element.title = MINE_TITLE;
    else element.removeAttribute("title");
  }
}
