import { type ecmaVersion, parse } from "acorn";

/**
 * Why `code` would not run as a classic script of the given edition of JavaScript's syntax
 * (acorn's message, with the line and column), or undefined when it would. A classic script has
 * no `import` or `export` declaration; `import(...)` and `import.meta` are ES2020, and so is every
 * other later syntax (object spread, optional chaining, class fields...), which the parser of
 * that edition refuses: what Figma's plugin sandbox needs of a plugin's main code.
 */
export function classicScriptError(code: string, edition: ecmaVersion): string | undefined {
  try {
    parse(code, { ecmaVersion: edition, sourceType: "script" });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
