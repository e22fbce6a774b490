import { describe, expect, it } from "vitest";
import { userSection, userSticky } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

/** An emulator with the app's section at (1000, 500), 600 x 400, and a sticky on the page. */
function withSection() {
  const emulator = new FigJamEmulator();
  const section = emulator.api.createSection();
  section.x = 1000;
  section.y = 500;
  section.resizeWithoutConstraints(600, 400);
  const sticky = emulator.api.createSticky();
  return { emulator, section, sticky };
}

describe("positions in sections", () => {
  it("measures a child's x and y from its section's top-left corner, and its box on the page", () => {
    const { section, sticky } = withSection();
    section.appendChild(sticky);
    sticky.x = 40;
    sticky.y = 60;
    expect(sticky.parent?.id).toBe(section.id);
    expect([sticky.x, sticky.y]).toEqual([40, 60]);
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1040, y: 560, width: 240, height: 240 });
  });

  it("keeps a node's x and y when it moves into a section, so it moves on the page", () => {
    const { emulator, section, sticky } = withSection();
    sticky.x = 30;
    section.appendChild(sticky);
    expect(sticky.x).toBe(30);
    expect(sticky.absoluteBoundingBox?.x).toBe(1030);
    emulator.api.currentPage.appendChild(sticky);
    expect(sticky.absoluteBoundingBox?.x).toBe(30);
  });

  it("moves a section's contents along with it, and resizes it about its top-left corner", () => {
    const { section, sticky } = withSection();
    section.appendChild(sticky);
    section.x = 2000;
    expect(sticky.absoluteBoundingBox?.x).toBe(2000);
    section.resizeWithoutConstraints(100, 100);
    expect([section.x, section.width, sticky.x]).toEqual([2000, 100, 0]);
  });

  it("skips groups: a grouped node counts from the group's container", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSection("s", { x: 500, y: 400 }),
      userSticky("g", { platformType: "GROUP", kind: "other", parentId: "s" }),
      userSticky("a", { x: 200, y: 200, parentId: "g" }),
      userSticky("b", { x: 600, y: 200, parentId: "g" }),
    ]);
    const [, group, a] = emulator.nodes();
    expect(group?.type).toBe("GROUP");
    expect([a?.x, a?.y]).toEqual([80, 80]);
    expect(group?.absoluteBoundingBox).toEqual({ x: 80, y: 80, width: 640, height: 240 });
    expect([group?.x, group?.width]).toEqual([80, 640]);
  });

  it("refuses a parenting cycle, changing nothing", () => {
    const emulator = new FigJamEmulator();
    const outer = emulator.api.createSection();
    const inner = emulator.api.createSection();
    outer.appendChild(inner);
    expect(() => inner.appendChild(outer)).toThrow(
      "in appendChild: Cannot move node. Doing so would create a parenting cycle",
    );
    expect(outer.parent?.type).toBe("PAGE");
    expect(inner.parent?.id).toBe(outer.id);
  });

  it("takes a section's contents with it when the plugin removes it", () => {
    const { emulator, section, sticky } = withSection();
    section.appendChild(sticky);
    emulator.addUserNodes([userSticky("user", { x: 1100, y: 600, parentId: section.id })]);
    section.remove();
    expect(sticky.removed).toBe(true);
    expect(emulator.records()).toEqual([]);
    expect(emulator.foreignChanges).toEqual(["user"]);
  });

  it("counts moving a person's node into the app's section as a foreign change", async () => {
    const { emulator, section } = withSection();
    emulator.addUserNodes([userSticky("user")]);
    const user = await emulator.api.getNodeByIdAsync("user");
    if (user?.type !== "STICKY") throw new Error("the user's sticky is on the page");
    section.appendChild(user);
    expect(emulator.foreignChanges).toEqual(["user"]);
  });
});
