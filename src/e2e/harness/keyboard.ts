import type { Locator, Page } from "playwright-core";

/** Whether the element has the keyboard focus: its document is focused and it is the active one. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate(
    (element) =>
      element.ownerDocument.hasFocus() && element.ownerDocument.activeElement === element,
  );
}

/**
 * Presses Tab (or Shift+Tab) as a keyboard user does until `target` has the focus, and fails
 * when it does not get there within `max` presses (it is not in the focus order).
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${max} presses of ${backwards ? "Shift+Tab" : "Tab"} did not reach ${target}`);
}
