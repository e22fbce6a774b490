import type { Page } from "playwright-core";

/** A drawn board item as a person sees it: where it is on the board, what it says, whose it is. */
export interface DrawnItem {
  id: string;
  kind: string;
  /** Made by journey-mapper (the drawn board marks the app's own items). */
  mine: boolean;
  text: string;
  /** A card's description under its title; empty for other items. */
  detail: string;
  /** Its box in board pixels (before the view's pan and zoom), from the drawing's styles. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Every drawn item but connectors, read at once from the page. Positions are the drawing's own
 * board coordinates, so they do not change when the view pans or zooms.
 */
export function drawnItems(page: Page): Promise<DrawnItem[]> {
  return page.locator("#board [data-item-id]:not([data-kind=connector])").evaluateAll((elements) =>
    elements.map((element) => {
      const html = element as HTMLElement;
      return {
        id: html.dataset.itemId ?? "",
        kind: html.dataset.kind ?? "",
        mine: html.classList.contains("jm-mine"),
        text: html.firstElementChild?.textContent ?? "",
        detail: html.querySelector(".jm-detail")?.textContent ?? "",
        left: Number.parseFloat(html.style.left),
        top: Number.parseFloat(html.style.top),
        width: Number.parseFloat(html.style.width),
        height: Number.parseFloat(html.style.height),
      };
    }),
  );
}

/** Whether an item's centre lies inside another item's box. */
export function centreInside(item: DrawnItem, box: DrawnItem): boolean {
  const x = item.left + item.width / 2;
  const y = item.top + item.height / 2;
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}
