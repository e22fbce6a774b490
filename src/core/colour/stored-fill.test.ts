import { describe, expect, it } from "vitest";
import { storedFill } from "./stored-fill";

describe("storedFill", () => {
  it("keeps a Miro sticky's colour by name and gives everything else the swatch's hex", () => {
    expect(storedFill("miro:red", "sticky", "miro")).toBe("red");
    expect(storedFill("miro:red", "shape", "miro")).toBe("#F0939D");
    expect(storedFill("miro:light_yellow", "sticky", "figjam")).toBe("#FFF9B1");
  });

  it("leaves a hex fill and no fill as they are", () => {
    expect(storedFill("#123456", "sticky", "miro")).toBe("#123456");
    expect(storedFill(null, "frame", "miro")).toBeNull();
  });
});
