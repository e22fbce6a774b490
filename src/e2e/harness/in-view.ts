import type { Locator, Page } from "playwright-core";

/**
 * Whether a drawn item shows in the board's region: wholly (a template brought into view), or
 * with its centre at least (a note shown among its neighbours).
 */
export async function inView(
  page: Page,
  item: Locator,
  how: "wholly" | "centre" = "wholly",
): Promise<boolean> {
  const [board, drawn] = await Promise.all([
    page.getByRole("region", { name: "Board" }).boundingBox(),
    item.boundingBox(),
  ]);
  if (!board || !drawn) return false;
  const right = board.x + board.width + 1;
  const bottom = board.y + board.height + 1;
  if (how === "centre") {
    const x = drawn.x + drawn.width / 2;
    const y = drawn.y + drawn.height / 2;
    return x >= board.x && x <= right && y >= board.y && y <= bottom;
  }
  return (
    drawn.x >= board.x - 1 &&
    drawn.y >= board.y - 1 &&
    drawn.x + drawn.width <= right &&
    drawn.y + drawn.height <= bottom
  );
}
