/// <reference types="@figma/plugin-typings/plugin-api" />

/** Why a call of the plugin's was turned down: a fault injected, or the call itself refused. */
export type RefusalKind = "fault" | "refused";

/**
 * An error of the emulated FigJam, worded as Figma words its own (`in <call>: <reason>`). The
 * adapter must read errors by their message, never by this class or its `kind`, which only the
 * emulator's meter and tests use.
 */
export class EmulatedFigmaError extends Error {
  readonly kind: RefusalKind;

  constructor(kind: RefusalKind, message: string) {
    super(message);
    this.name = "Error";
    this.kind = kind;
  }
}

/** A random failure injected by the faults: nothing was done. */
export function faultError(call: string): EmulatedFigmaError {
  return new EmulatedFigmaError("fault", `in ${call}: Internal error, please try again`);
}

/** A node that was removed (by the plugin or a person) is read or written. */
export function missingNodeError(call: string, id: string): EmulatedFigmaError {
  return new EmulatedFigmaError("refused", `in ${call}: The node with id "${id}" does not exist`);
}

/** Text is written before its font was loaded with `figma.loadFontAsync`. */
export function unloadedFontError(call: string, font: FontName): EmulatedFigmaError {
  const name = `${font.family} ${font.style}`;
  return new EmulatedFigmaError(
    "refused",
    `in ${call}: Cannot write to node with unloaded font "${name}". Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
  );
}

/** A call FigJam would refuse for its arguments. */
export function refusedError(call: string, reason: string): EmulatedFigmaError {
  return new EmulatedFigmaError("refused", `in ${call}: ${reason}`);
}

/** How an error counts in the meter: anything not the emulator's own is a refusal. */
export function refusalKindOf(error: unknown): RefusalKind {
  return error instanceof EmulatedFigmaError ? error.kind : "refused";
}
