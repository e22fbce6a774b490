import { type KeyCommand, keyCommand } from "./key-command";

/**
 * Listens for the board's keys while the board itself has focus (not a text box on it): Space
 * held makes a drag pan, Enter edits the selected note, and the rest go to `run` as commands.
 */
export function listenToKeys(
  container: HTMLElement,
  handlers: {
    run(command: KeyCommand): void;
    space(held: boolean): void;
    edit(): void;
  },
): () => void {
  const down = (event: KeyboardEvent) => {
    if (event.target !== container) return;
    if (event.key === " ") {
      handlers.space(true);
      event.preventDefault();
      return;
    }
    if (event.key === "Enter") {
      handlers.edit();
      event.preventDefault();
      return;
    }
    const command = keyCommand(event);
    if (!command) return;
    event.preventDefault();
    handlers.run(command);
  };
  const up = (event: KeyboardEvent) => {
    if (event.key === " ") handlers.space(false);
  };
  const blur = () => handlers.space(false);
  container.addEventListener("keydown", down);
  container.addEventListener("keyup", up);
  container.addEventListener("blur", blur);
  return () => {
    container.removeEventListener("keydown", down);
    container.removeEventListener("keyup", up);
    container.removeEventListener("blur", blur);
  };
}
