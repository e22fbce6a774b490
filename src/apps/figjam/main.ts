import { FigJamPluginBoard } from "../../adapters/figjam-plugin/figjam-plugin-board";
import { mainChannel } from "../../adapters/figjam-plugin/plugin-channels";
import { servePort } from "../../adapters/remote/serve-port";

// The main side, in FigJam's sandbox, beside the board: it shows the panel (the UI page, which
// Figma hands over as __html__) in FigJam's theme colours, and serves it the board port. The
// core runs in the panel; here is only the adapter on FigJam's plugin API.
figma.showUI(__html__, { width: 360, height: 640, themeColors: true });
servePort(new FigJamPluginBoard(figma), mainChannel(figma.ui));
