import { windowChannel } from "../../adapters/remote/message-channel";
import { RemotePort } from "../../adapters/remote/remote-port";
import { mountPanel } from "../../panel/mount-panel";

// The panel page: the real panel, reaching the playground's board only through the port, as it
// does inside Miro and FigJam.
const root = document.getElementById("panel-root");
if (root && window.parent !== window) {
  const port = new RemotePort(windowChannel(window.parent, window));
  mountPanel(root, { port, locale: navigator.language });
} else if (root) {
  const alone = document.createElement("p");
  alone.className = "alone";
  alone.textContent =
    "This is the panel of the journey-mapper playground. Open the playground page to use it beside a board.";
  root.append(alone);
}
