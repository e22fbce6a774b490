import { describe, expect, it } from "vitest";
import { type KeyPress, keyCommand, NUDGE } from "./key-command";

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

describe("keyCommand", () => {
  it("nudges the selection with the arrows, ten times as far with Shift", () => {
    expect(keyCommand(press("ArrowLeft"))).toEqual({ kind: "nudge", dx: -NUDGE, dy: 0 });
    expect(keyCommand(press("ArrowDown", { shiftKey: true }))).toEqual({
      kind: "nudge",
      dx: 0,
      dy: 100,
    });
  });

  it("removes with Delete and Backspace, zooms with + and −, fits with 0", () => {
    expect(keyCommand(press("Delete"))).toEqual({ kind: "remove" });
    expect(keyCommand(press("Backspace"))).toEqual({ kind: "remove" });
    expect(keyCommand(press("+"))).toEqual({ kind: "zoom", factor: 1.25 });
    expect(keyCommand(press("-"))).toEqual({ kind: "zoom", factor: 0.8 });
    expect(keyCommand(press("0"))).toEqual({ kind: "fit" });
    expect(keyCommand(press("Escape"))).toEqual({ kind: "deselect" });
  });

  it("leaves other keys, and presses with Ctrl, Cmd or Alt, to the browser", () => {
    expect(keyCommand(press("a"))).toBeNull();
    expect(keyCommand(press("+", { ctrlKey: true }))).toBeNull();
    expect(keyCommand(press("ArrowLeft", { metaKey: true }))).toBeNull();
    expect(keyCommand(press("Delete", { altKey: true }))).toBeNull();
  });
});
