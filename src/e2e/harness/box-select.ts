import type { Locator, Page } from "playwright-core";

/**
 * Selects what a drawn item's box holds (a frame and its notes, say) as a person does on the
 * board: Shift-drag a box from the open board just outside its top-left corner to just past
 * its bottom-right one.
 */
export async function boxSelect(page: Page, around: Locator, margin = 6): Promise<void> {
  const box = await around.boundingBox();
  if (box === null) throw new Error("The item to select around is not on screen.");
  await page.keyboard.down("Shift");
  await page.mouse.move(box.x - margin, box.y - margin);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + margin, box.y + box.height + margin, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
}
