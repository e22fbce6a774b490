import { describe, expect, it } from "vitest";
import { hexFill, stickyColour } from "./miro-fills";

describe("Miro fills", () => {
  it("gives a sticky note one of Miro's sticky colour names", () => {
    expect(stickyColour("miro:light_blue")).toBe("light_blue");
    expect(stickyColour("#F0939D")).toBe("red");
    expect(stickyColour("figjam:yellow")).toBe("yellow");
    expect(stickyColour(null)).toBeUndefined();
  });

  it("gives other items a hex fill, or transparent for none", () => {
    expect(hexFill("miro:red", "shape")).toBe("#F0939D");
    expect(hexFill("#FFFFFF", "frame")).toBe("#FFFFFF");
    expect(hexFill(null, "text")).toBe("transparent");
  });
});
