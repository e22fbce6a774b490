import { describeBoardPortContract } from "../contract/board-port-contract";
import { MiroEmulator } from "./emulator/miro-emulator";
import { MiroSdkBoard } from "./miro-sdk-board";
import { testOptions } from "./miro-sdk-test-kit";

describeBoardPortContract("MiroSdkBoard on the emulator", () => {
  const emulator = new MiroEmulator({ latencyMs: 0 });
  return {
    board: new MiroSdkBoard(emulator.board, testOptions()),
    addUserItems: (items) => {
      emulator.addUserItems(items);
    },
    select: (ids) => emulator.select(ids),
  };
});
