import { describe, expect, it } from "vitest";
import { leftOutWords } from "./left-out-of-file";

describe("leftOutWords", () => {
  it("says nothing when the file holds the whole board", () => {
    expect(leftOutWords({ items: {}, unmarked: 0 }, "Miro's items export")).toBe("");
  });

  it("names what is left out, one and many, and that the board stays in the browser", () => {
    expect(
      leftOutWords({ items: { other: 1, connector: 4 }, unmarked: 12 }, "Miro's items export"),
    ).toBe(
      "The file leaves out 1 other item (an image, say), 4 connectors: Miro's items export has no place for them. " +
        "Miro's items export cannot carry journey-mapper's marks, so loaded again its 12 items read as the team's own and writing back adds new ones. " +
        "The board as it is stays in this browser.",
    );
  });
});
