/// <reference types="@mirohq/websdk-types" />
import { MiroSdkBoard } from "../../adapters/miro-sdk/miro-sdk-board";
import { mountPanel } from "../../panel/mount-panel";
import "./miro-theme.css";

// The panel page, opened by the headless entry page in Miro's side panel: the real panel, on the
// board through the Web SDK. The browser's language picks the panel's: Miro's own locale is
// never Swedish or Danish. The panel's language switch still changes it.
const root = document.getElementById("panel-root");
if (root && typeof miro !== "undefined") {
  mountPanel(root, { port: new MiroSdkBoard(miro.board), locale: navigator.language });
} else if (root) {
  const alone = document.createElement("p");
  alone.textContent =
    "This is the panel of the journey-mapper Miro app. Open it from the app's icon on a Miro board.";
  root.append(alone);
}
