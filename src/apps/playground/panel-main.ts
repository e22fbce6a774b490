import { uiChannel } from "../../adapters/figjam-plugin/plugin-channels";
import { windowChannel } from "../../adapters/remote/message-channel";
import { RemotePort } from "../../adapters/remote/remote-port";
import { mountPanel } from "../../panel/mount-panel";

// The panel page: the real panel, reaching the playground's board only through the port, as it
// does inside Miro and FigJam.
const root = document.getElementById("panel-root");
if (root && window.parent !== window) {
  // As a FigJam plugin's UI (the playground's FigJam emulator), it talks in `{ pluginMessage }`s.
  const asPlugin = new URLSearchParams(window.location.search).get("host") === "figjam";
  const port = new RemotePort(asPlugin ? uiChannel(window) : windowChannel(window.parent, window));
  mountPanel(root, { port, locale: navigator.language });
} else if (root) {
  const alone = document.createElement("p");
  alone.className = "alone";
  alone.textContent =
    "This is the panel of the journey-mapper playground. Open the playground page to use it beside a board.";
  root.append(alone);
}
