import { describe, expect, it } from "vitest";
import { connectedBoard } from "../../adapters/remote/remote-test-kit";
import { createPanelSession } from "./panel-session";

describe("the panel session", () => {
  it("names the board's platform as the host says it, though it says so after the panel is made", async () => {
    // A remote port assumes Miro until the host's hello; a FigJam board's legend lists FigJam's colours.
    const { port, stop } = connectedBoard({ platform: "figjam" });
    const session = createPanelSession(port, { language: "en" });
    expect(await port.ready()).toBe("figjam");
    expect(session.platform).toBe("figjam");
    stop();
  });
});
