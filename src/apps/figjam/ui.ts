import { uiChannel } from "../../adapters/figjam-plugin/plugin-channels";
import { RemotePort } from "../../adapters/remote/remote-port";
import { mountPanel } from "../../panel/mount-panel";
import "./figjam-theme.css";

// The UI page, in the plugin's iframe: the real panel, reaching the board only through the port
// that main serves, over FigJam's plugin messages. The browser's language picks the panel's;
// the panel's language switch still changes it.
const root = document.getElementById("panel-root");
if (root && window.parent !== window) {
  const port = new RemotePort(uiChannel(window), { platform: "figjam" });
  mountPanel(root, { port, locale: navigator.language });
} else if (root) {
  const alone = document.createElement("p");
  alone.textContent =
    "This is the panel of the journey-mapper FigJam plugin. Run it from Plugins > Development in the FigJam desktop app.";
  root.append(alone);
}
