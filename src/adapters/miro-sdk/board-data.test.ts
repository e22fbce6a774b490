import { describe, expect, it } from "vitest";
import { readBoardData, writeBoardData } from "./board-data";
import { MiroEmulator } from "./emulator/miro-emulator";
import { fakeBoardApi, testSession } from "./miro-sdk-test-kit";

describe("board data", () => {
  it("keeps JSON under the port's keys in the board's app data", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    await writeBoardData(session, "legend", { entries: [{ colour: "miro:red" }], at: undefined });
    expect(emulator.appData()).toEqual({ legend: { entries: [{ colour: "miro:red" }] } });
    expect(await readBoardData(session, "legend")).toEqual({ entries: [{ colour: "miro:red" }] });
  });

  it("reads a key never set as null, whether Miro answers undefined or null", async () => {
    const answers = [undefined, null];
    const { api } = fakeBoardApi([], {
      getAppData: async () => answers.shift() as never,
    });
    const session = testSession(api);
    expect(await readBoardData(session, "last-template")).toBeNull();
    expect(await readBoardData(session, "last-template")).toBeNull();
  });
});
