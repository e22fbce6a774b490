import type { FigmaNode } from "./figma-rest-schema";

type Box = { x: number; y: number; width: number; height: number };

/** A marker stroke or a strip of washi tape this many times as long as it is thick is a rule. */
const RULE_ASPECT = 10;

/** The node types that may be a line drawn across the board. */
export const LINE_LIKE = new Set(["LINE", "VECTOR", "WASHI_TAPE"]);

/** The stroke's weight, where the file gives a usable one. */
function strokeWeightOf(node: FigmaNode): number {
  const weight = node.strokeWeight;
  return typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/**
 * The box of a line drawn on the board, or null when the node is not one. A LINE always is; a
 * marker stroke (VECTOR) or washi tape is when long and thin, as teams draw them to rule rows
 * and stages apart (a scribble or a tape corner is not). A layer box has no thickness across a
 * straight stroke, so the stroke's weight is put back around its middle.
 */
export function lineBoxOf(node: FigmaNode, box: Box): Box | null {
  const weight = node.type === "WASHI_TAPE" ? 0 : strokeWeightOf(node);
  const thick = { ...box };
  if (thick.height < weight) {
    thick.y = box.y + box.height / 2 - weight / 2;
    thick.height = weight;
  }
  if (thick.width < weight) {
    thick.x = box.x + box.width / 2 - weight / 2;
    thick.width = weight;
  }
  if (node.type === "LINE") return thick;
  const long = Math.max(thick.width, thick.height);
  const across = Math.min(thick.width, thick.height);
  return long > 0 && long >= across * RULE_ASPECT ? thick : null;
}
