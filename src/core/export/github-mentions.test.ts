import { describe, expect, it } from "vitest";
import { quietMentions } from "./github-mentions";

describe("quietMentions", () => {
  it("puts a zero-width joiner after each @ that would start a mention", () => {
    expect(quietMentions("@lina and (@søren), @org/team\n@_x")).toBe(
      "@\u200Dlina and (@\u200Dsøren), @\u200Dorg/team\n@\u200D_x",
    );
  });

  it("leaves emails, a lone @ and text without @ as they are", () => {
    expect(quietMentions("lina@example.com @ 10 kr, a.b@c")).toBe(
      "lina@example.com @ 10 kr, a.b@c",
    );
    expect(quietMentions("Fas: Köp")).toBe("Fas: Köp");
  });
});
