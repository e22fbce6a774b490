const STYLE_ID = "jm-board-view-styles";

/** The drawn board's elements inside its container. */
export interface BoardDom {
  /** Everything on the board, moved and scaled as one by the view. */
  world: HTMLElement;
  frames: HTMLElement;
  connectors: SVGSVGElement;
  notes: HTMLElement;
  /** The box of a Shift-drag selection, in screen pixels. */
  box: HTMLElement;
  /** Takes the board's elements and attributes off the container again. */
  remove(): void;
}

/**
 * Builds the layers of the drawn board in a container: frames under connectors under
 * everything else, as on the platforms. The container becomes the board's focusable region.
 */
export function buildBoardDom(container: HTMLElement, css: string): BoardDom {
  const doc = container.ownerDocument;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement("style");
    style.id = STYLE_ID;
    style.textContent = css;
    doc.head.append(style);
  }
  const element = (className: string) => {
    const div = doc.createElement("div");
    div.className = className;
    return div;
  };
  const world = element("jm-world");
  const frames = element("jm-layer jm-frames");
  const connectors = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  connectors.setAttribute("class", "jm-connectors");
  connectors.setAttribute("aria-hidden", "true");
  const notes = element("jm-layer jm-notes");
  world.append(frames, connectors, notes);
  const box = element("jm-box");
  box.hidden = true;
  const help = element("jm-help");
  help.id = `jm-help-${Math.random().toString(36).slice(2, 8)}`;
  help.hidden = true;
  help.textContent =
    "Drag the board to pan, use the wheel or pinch to zoom. Click a note to select it, Shift-click to add. " +
    "Arrow keys move the selected notes, Delete removes them, Enter or a double click edits a note's text.";
  container.classList.add("jm-board");
  container.tabIndex = 0;
  container.setAttribute("role", "region");
  container.setAttribute("aria-roledescription", "board");
  container.setAttribute("aria-describedby", help.id);
  container.append(world, box, help);
  return {
    world,
    frames,
    connectors,
    notes,
    box,
    remove: () => {
      container.replaceChildren();
      container.classList.remove("jm-board");
      container.removeAttribute("aria-describedby");
      container.removeAttribute("aria-roledescription");
    },
  };
}
