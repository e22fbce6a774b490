import { describe, expect, it } from "vitest";
import { fillCss, inkOn } from "./item-fill";

describe("fillCss", () => {
  it("draws Miro's named sticky colours with the core's swatches", () => {
    expect(fillCss("light_yellow")).toBe("#FFF9B1");
    expect(fillCss("red")).toBe("#F0939D");
    expect(fillCss("dark_blue")).toBe("#9EA9FF");
  });

  it("draws FigJam and custom fills as given", () => {
    expect(fillCss("#FFC7C2")).toBe("#ffc7c2");
    expect(fillCss("rgb(255, 199, 194)")).toBe("rgb(255, 199, 194)");
    expect(fillCss("white")).toBe("white");
  });

  it("draws no fill for none, and for anything that is not plain colour syntax", () => {
    expect(fillCss(null)).toBeNull();
    expect(fillCss("transparent")).toBeNull();
    expect(fillCss("url(https://example.com/x.png)")).toBeNull();
    expect(fillCss("red; background-image: url(x)")).toBeNull();
    expect(fillCss("expression(alert(1))")).toBeNull();
  });
});

describe("inkOn", () => {
  it("writes white on dark fills and near-black on light ones", () => {
    expect(inkOn("#000000")).toBe("#ffffff");
    expect(inkOn("#414BB2")).toBe("#ffffff");
    expect(inkOn("#FFF9B1")).toBe("#1a1a1a");
    expect(inkOn("rgb(20, 20, 20)")).toBe("#ffffff");
    expect(inkOn("#fff")).toBe("#1a1a1a");
    expect(inkOn(null)).toBe("#1a1a1a");
    expect(inkOn("white")).toBe("#1a1a1a");
  });
});
