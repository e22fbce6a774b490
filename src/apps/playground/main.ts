import { readBoardFile } from "../../adapters/board-file/read-board-file";
import type { BoardSnapshot } from "../../adapters/memory/board-snapshot";
import { InMemoryBoard } from "../../adapters/memory/in-memory-board";
import { windowChannel } from "../../adapters/remote/message-channel";
import { servePort } from "../../adapters/remote/serve-port";
import { type BoardView, mountBoardView } from "../../board-view/board-view";
import { leftOutWords } from "../../board-view/files/left-out-of-file";
import {
  boardFileTooLarge,
  loadBoardFile,
  loadedNotice,
} from "../../board-view/files/load-board-file";
import { saveBoardFile } from "../../board-view/files/save-board-file";
import {
  type BoardStorage,
  forgetStoredBoard,
  readStoredBoard,
  storeBoard,
} from "../../board-view/files/stored-board";
import sample from "./sample/flytta-bredband.json";

// Wiring only: the drawn in-memory board, the panel beside it in an iframe, served through the
// same port the platforms use, and the toolbar's files. What a test wants lives in src/board-view.

const SAMPLE_NAME = "Flytta bredband till ny adress";
/** A real board takes a moment per batch; so does this one, so progress shows and pages paint. */
const BATCH_PACE_MS = 40;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const boardElement = element<HTMLDivElement>("board");
const panelFrame = element<HTMLIFrameElement>("panel");
const fileInput = element<HTMLInputElement>("board-file");
const errorBox = element<HTMLDivElement>("load-error");
const notice = element<HTMLParagraphElement>("notice");
const storage: BoardStorage | null = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

let board: InMemoryBoard;
let name = SAMPLE_NAME;
let view: BoardView | null = null;
let stopServing = () => {};
let stopKeeping = () => {};

function sampleSnapshot(): BoardSnapshot {
  const read = readBoardFile(sample);
  if (!read.ok) throw new Error(`the sample board does not read: ${read.error}`);
  return snapshotOf(read.value.platform, read.value.items);
}

function snapshotOf(
  platform: BoardSnapshot["platform"],
  items: BoardSnapshot["items"],
): BoardSnapshot {
  return { schemaVersion: 1, platform, items, boardData: {}, selection: [], nextId: 1 };
}

/**
 * Shows a board: on the same in-memory board when the platform stays, else on a new one. Either
 * way a new board gets a new panel, as on the platforms: the panel beside the old board holds its
 * analysis, which would be written onto and exported from the new board.
 */
function open(snapshot: BoardSnapshot, boardName: string): void {
  name = boardName;
  const reloadPanel = view !== null;
  if (view && board.platform === snapshot.platform) {
    board.restore(snapshot);
  } else {
    view?.destroy();
    stopServing();
    stopKeeping();
    board = new InMemoryBoard({
      platform: snapshot.platform,
      pace: () => new Promise((resolve) => setTimeout(resolve, BATCH_PACE_MS)),
    });
    board.restore(snapshot);
    view = mountBoardView(boardElement, board);
    const frameWindow = panelFrame.contentWindow;
    if (frameWindow) stopServing = servePort(board, windowChannel(frameWindow, window));
    stopKeeping = keepInStorage(board);
  }
  if (reloadPanel) panelFrame.contentWindow?.location.reload();
  const platform = element("platform");
  platform.textContent = board.platform === "miro" ? "Miro" : "FigJam";
  platform.className = `platform ${board.platform}`;
  element("board-name").textContent = name;
  keep();
}

function keep(): void {
  const problem = storeBoard(storage, name, board.snapshot());
  if (problem) notice.textContent = problem;
}

/** Keeps the board in local storage a moment after each change, so it survives a reload. */
function keepInStorage(target: InMemoryBoard): () => void {
  let timer = 0;
  const stop = target.onChange((change) => {
    if (change.kind === "selection" || change.kind === "view") return;
    clearTimeout(timer);
    timer = window.setTimeout(keep, 400);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

function showError(message: string | null): void {
  errorBox.hidden = message === null;
  element("load-error-text").textContent = message ?? "";
}

async function loadFile(file: File): Promise<void> {
  const tooLarge = boardFileTooLarge(file.size, file.name);
  if (tooLarge) return showError(tooLarge);
  const loaded = loadBoardFile(await file.text(), file.name);
  if (!loaded.ok) return showError(loaded.message);
  showError(null);
  const { platform, items } = loaded.board;
  open(snapshotOf(platform, items), loaded.board.name ?? file.name.replace(/\.json$/i, ""));
  notice.textContent = loadedNotice(file.name, loaded.board);
}

function saveFile(): void {
  const saved = saveBoardFile(board.all(), board.platform, name);
  const url = URL.createObjectURL(new Blob([saved.text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = saved.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const format = board.platform === "miro" ? "Miro's items export" : "Figma's file format";
  notice.textContent = [
    `Saved the board as “${saved.fileName}”.`,
    leftOutWords(saved.leftOut, format),
  ].join(" ");
}

element("load").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (file) void loadFile(file);
});
element("save").addEventListener("click", saveFile);
element("reset").addEventListener("click", () => {
  if (
    !window.confirm("Replace this board with the sample board? Changes to this board will be lost.")
  )
    return;
  forgetStoredBoard(storage);
  showError(null);
  open(sampleSnapshot(), SAMPLE_NAME);
  notice.textContent = "The sample board is back.";
});
element("dismiss-error").addEventListener("click", () => showError(null));
window.addEventListener("pagehide", () => {
  if (board) keep();
});

/** The sample board on the Miro emulator, the panel on the Miro app's adapter; no files. */
async function openEmulatedMiro(): Promise<void> {
  const { openMiroEmulator } = await import("./miro-emulator-mode");
  openMiroEmulator(sampleSnapshot().items, boardElement, panelFrame);
  element("board-name").textContent = SAMPLE_NAME;
  element("platform").textContent = "Miro (Web SDK emulator)";
  for (const id of ["load", "save", "reset"]) element(id).hidden = true;
  notice.textContent =
    "The panel works through the Miro app's own adapter on an emulated Miro board: every call takes 40 ms and is metered in credits, as in Miro. Nothing is kept when you leave.";
}

/** The sample board as a FigJam file on the FigJam emulator, the panel as the plugin's UI. */
async function openEmulatedFigJam(): Promise<void> {
  const { openFigJamEmulator } = await import("./figjam-emulator-mode");
  openFigJamEmulator(sampleSnapshot().items, boardElement, panelFrame);
  element("board-name").textContent = SAMPLE_NAME;
  const platform = element("platform");
  platform.textContent = "FigJam (plugin API emulator)";
  platform.className = "platform figjam";
  for (const id of ["load", "save", "reset"]) element(id).hidden = true;
  notice.textContent =
    "The panel works as the FigJam plugin's UI, through the plugin's message bridge to its main side on an emulated FigJam file. Nothing is kept when you leave.";
}

// The emulated platforms load only when asked for: `?board=miro-emulator`, `?board=figjam-emulator`.
const emulated = new URLSearchParams(window.location.search).get("board");
if (emulated === "miro-emulator") {
  void openEmulatedMiro();
} else if (emulated === "figjam-emulator") {
  void openEmulatedFigJam();
} else {
  const stored = readStoredBoard(storage);
  if (stored.notice) notice.textContent = stored.notice;
  try {
    if (stored.board) open(stored.board.snapshot, stored.board.name);
    else open(sampleSnapshot(), SAMPLE_NAME);
  } catch (error) {
    // A kept board that passed its schema but cannot be shown still must not leave a blank page.
    forgetStoredBoard(storage);
    open(sampleSnapshot(), SAMPLE_NAME);
    notice.textContent = `The board kept in this browser could not be shown (${error instanceof Error ? error.message : String(error)}). The sample board is shown instead.`;
  }
}
