import type { ItemLook } from "./item-look";

/**
 * Opens a text box over a drawn item so its words can be changed in place, as a double click
 * does on a board. Enter keeps the words (Shift+Enter for a new line), Escape leaves them, and
 * so does clicking elsewhere, which keeps them. `done` gets the new words, or null.
 */
export function editTextInPlace(
  world: HTMLElement,
  look: ItemLook,
  text: string,
  done: (text: string | null) => void,
): void {
  const editor = world.ownerDocument.createElement("textarea");
  editor.className = "jm-editor";
  editor.setAttribute("aria-label", "Note text");
  editor.value = text;
  Object.assign(editor.style, {
    left: `${look.left}px`,
    top: `${look.top}px`,
    width: `${look.width}px`,
    height: `${look.height}px`,
    fontSize: `${look.fontSize || 24}px`,
    background: look.background ?? "#ffffff",
    color: look.ink,
    textAlign: look.align,
  });
  let finished = false;
  const finish = (keep: boolean) => {
    if (finished) return;
    finished = true;
    const value = editor.value;
    editor.remove();
    done(keep && value !== text ? value : null);
  };
  editor.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (event.key === "Escape") finish(false);
    else if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    }
  });
  editor.addEventListener("blur", () => finish(true));
  editor.addEventListener("pointerdown", (event) => event.stopPropagation());
  world.append(editor);
  editor.focus();
  editor.select();
}
