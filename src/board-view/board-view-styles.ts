/**
 * The drawn board's stylesheet (no shadows on notes: blurring hundreds of them doubled the time
 * to the first paint of a 600-note board), injected once by the view so it needs no CSS pipeline. Sizes
 * inside the world are board units; `--jm-zoom` lets outlines and frame titles keep one size
 * on screen at any zoom.
 */
export const BOARD_VIEW_CSS = `
.jm-board { position: relative; overflow: hidden; background-color: #f4f4f1;
  background-image: radial-gradient(#d6d6d0 1px, transparent 1px); background-size: 24px 24px;
  touch-action: none; user-select: none; -webkit-user-select: none; cursor: default; outline: none;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --jm-zoom: 1; --jm-accent: #4262ff; }
.jm-board:focus-visible { box-shadow: inset 0 0 0 3px var(--jm-accent); }
.jm-board.jm-panning, .jm-board.jm-space { cursor: grab; }
.jm-board.jm-panning:active { cursor: grabbing; }
.jm-world { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
.jm-world.jm-moving { will-change: transform; }
.jm-layer { position: absolute; left: 0; top: 0; }
.jm-connectors { position: absolute; left: 0; top: 0; width: 1px; height: 1px; overflow: visible; pointer-events: none; }
.jm-connectors line { stroke: #5f6368; stroke-width: 2; vector-effect: non-scaling-stroke; }
.jm-connectors line.jm-mine { stroke: var(--jm-accent); }
.jm-item { position: absolute; box-sizing: border-box; line-height: 1.25; white-space: pre-wrap; overflow-wrap: anywhere; }
.jm-label, .jm-detail { display: block; max-width: 100%; }
.jm-sticky { display: flex; align-items: center; justify-content: center; padding: 8%; overflow: hidden;
  border-bottom: 3px solid rgba(0,0,0,.1); cursor: move; }
.jm-frame { border: calc(1.5px / var(--jm-zoom)) solid #b9b9c3; border-radius: calc(2px / var(--jm-zoom)); pointer-events: none; }
.jm-frame-title { position: absolute; left: 0; bottom: 100%; max-width: 100%; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; color: #50505a;
  font-size: calc(13px / var(--jm-zoom)); padding-bottom: calc(4px / var(--jm-zoom)); pointer-events: auto; cursor: move; }
.jm-shape { display: flex; align-items: center; justify-content: center; padding: 6px; overflow: hidden;
  border: 2px solid #1a1a1a; border-radius: 4px; cursor: move; }
.jm-text { overflow: visible; cursor: move; }
.jm-card { display: flex; flex-direction: column; gap: 4px; padding: 10px 12px; overflow: hidden; background: #fff;
  border: 1px solid #d9d9de; border-left: 10px solid #2d9bf0; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.12); cursor: move; }
.jm-card .jm-label { font-weight: 600; }
.jm-card .jm-detail { font-size: 0.8em; color: #50505a; }
.jm-image, .jm-other { display: flex; align-items: center; justify-content: center; color: #6b6b75; font-size: 20px;
  background: repeating-linear-gradient(45deg, #ececf0 0 12px, #f7f7f9 12px 24px); border: 2px dashed #b9b9c3; cursor: move; }
.jm-mine::after { content: ""; position: absolute; top: 6px; right: 6px; width: 8px; height: 8px;
  border-radius: 50%; background: var(--jm-accent); opacity: .75; }
.jm-frame.jm-mine::after { top: auto; bottom: 100%; right: 0; margin-bottom: calc(6px / var(--jm-zoom)); }
.jm-selected { outline: calc(2px / var(--jm-zoom)) solid var(--jm-accent); outline-offset: calc(2px / var(--jm-zoom)); }
.jm-frame.jm-selected .jm-frame-title { color: var(--jm-accent); }
.jm-flash { animation: jm-flash 1.8s ease-out; }
@keyframes jm-flash {
  0%, 55% { box-shadow: 0 0 0 calc(6px / var(--jm-zoom)) rgba(255, 166, 0, .9); }
  100% { box-shadow: 0 0 0 calc(6px / var(--jm-zoom)) rgba(255, 166, 0, 0); } }
.jm-box { position: absolute; border: 1px dashed var(--jm-accent); background: rgba(66, 98, 255, .08); pointer-events: none; }
.jm-editor { position: absolute; box-sizing: border-box; margin: 0; padding: 8%; border: 0; resize: none;
  outline: calc(2px / var(--jm-zoom)) solid var(--jm-accent); font: inherit; line-height: 1.25; text-align: center; }
.jm-zoom { position: absolute; right: 12px; bottom: 12px; display: flex; align-items: center; gap: 2px; padding: 4px;
  background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
.jm-zoom button { min-width: 32px; height: 32px; border: 0; border-radius: 6px; background: transparent;
  font: inherit; font-size: 16px; color: #1a1a1a; cursor: pointer; }
.jm-zoom button:hover { background: #eef0ff; }
.jm-zoom button:focus-visible { outline: 2px solid var(--jm-accent); }
.jm-zoom-level { min-width: 48px; text-align: center; font-size: 13px; color: #50505a; }
@media (prefers-reduced-motion: reduce) { .jm-flash { animation-duration: 0.01s; } }
`;
