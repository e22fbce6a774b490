/** The zoom buttons' actions. */
export interface ZoomActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * The board's zoom buttons (Zoom in, Zoom out, Fit board) and the zoom level, as real buttons
 * with names for screen readers and browser tests. Returns the function that shows a new level.
 */
export function addZoomControls(parent: HTMLElement, actions: ZoomActions): (zoom: number) => void {
  const doc = parent.ownerDocument;
  const bar = doc.createElement("div");
  bar.className = "jm-zoom";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Zoom");
  const button = (label: string, text: string, action: () => void) => {
    const element = doc.createElement("button");
    element.type = "button";
    element.textContent = text;
    element.setAttribute("aria-label", label);
    element.title = label;
    element.addEventListener("click", action);
    return element;
  };
  // A plain span: an <output> is a live status region, and the page's status is its messages.
  const level = doc.createElement("span");
  level.className = "jm-zoom-level";
  bar.append(
    button("Zoom out", "\u2212", actions.zoomOut),
    level,
    button("Zoom in", "+", actions.zoomIn),
    button("Fit board", "Fit", actions.fit),
  );
  parent.append(bar);
  return (zoom) => {
    level.textContent = `${Math.round(zoom * 100)}%`;
  };
}
