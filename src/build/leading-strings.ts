import type { ESTree } from "vite";

type Node = ESTree.Node | null | undefined;

/**
 * The texts an expression's value can start with, as far as the code says without running it:
 * a string, a template's first part, the left side of `+`, both arms of `?:`, `||`, `??`, and the
 * address and base of `new URL(...)`. That is enough to see where a URL points.
 */
export function leadingStrings(node: Node): string[] {
  if (node === null || node === undefined) return [];
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" ? [node.value] : [];
    case "TemplateLiteral":
      return [node.quasis[0]?.value.cooked ?? ""];
    case "BinaryExpression":
      return node.operator === "+" ? leadingStrings(node.left) : [];
    case "ConditionalExpression":
      return [...leadingStrings(node.consequent), ...leadingStrings(node.alternate)];
    case "LogicalExpression":
      return [...leadingStrings(node.left), ...leadingStrings(node.right)];
    case "ParenthesizedExpression":
      return leadingStrings(node.expression);
    case "SequenceExpression":
      return leadingStrings(node.expressions.at(-1));
    case "NewExpression":
      return isNamed(node.callee, "URL") ? node.arguments.flatMap(leadingStrings) : [];
    default:
      return [];
  }
}

/** The name a callee is called by: `fetch` in `fetch(...)` and in `window.fetch(...)`. */
export function calleeName(node: ESTree.Expression | ESTree.Super): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && node.property.type === "Identifier") {
    return node.property.name;
  }
  if (node.type === "ParenthesizedExpression") return calleeName(node.expression);
  return undefined;
}

function isNamed(node: ESTree.Expression, name: string): boolean {
  return calleeName(node) === name;
}
