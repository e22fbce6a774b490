/**
 * The panel's colour properties (`--jm-*`, without the prefix) that meet as text on a background:
 * every theme of the panel (its own, Miro's, FigJam's) must give each pair 4.5:1 (WCAG AA).
 */
export const TEXT_ON_BACKGROUND: readonly (readonly [string, string])[] = [
  ["fg", "bg"],
  ["fg", "surface"],
  ["fg", "accent-soft"],
  ["fg", "notice-soft"],
  ["fg", "hotspot"],
  ["muted", "bg"],
  ["muted", "surface"],
  ["accent", "bg"],
  ["accent-fg", "accent"],
  ["danger", "bg"],
  ["danger", "danger-soft"],
  ["danger", "hotspot"],
];

/** A field's edge and the focus ring on the panel: 3:1 at least (WCAG 1.4.11). */
export const EDGES_ON_PANEL: readonly (readonly [string, string])[] = [
  ["control-border", "bg"],
  ["focus", "bg"],
];
