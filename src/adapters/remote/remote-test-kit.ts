import { InMemoryBoard, type InMemoryBoardOptions } from "../memory/in-memory-board";
import { channelPair } from "./channel-pair";
import type { PortChannel } from "./message-channel";
import { RemotePort, type RemotePortOptions } from "./remote-port";
import { servePort } from "./serve-port";

/** Lets every task queued so far run: the host answers between batches, as a real board does. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * An in-memory board served over an in-process channel pair, and a RemotePort on the panel's
 * end. `hostEnd` can be wrapped (`spyHost`) to watch what reaches the host.
 */
export function connectedBoard(
  boardOptions: InMemoryBoardOptions = {},
  portOptions: RemotePortOptions = {},
  spyHost: (channel: PortChannel) => PortChannel = (channel) => channel,
) {
  const [panelEnd, hostEnd] = channelPair();
  const board = new InMemoryBoard(boardOptions);
  const stop = servePort(board, spyHost(hostEnd));
  const port = new RemotePort(panelEnd, portOptions);
  return { board, port, stop };
}

/** A channel pair whose host end the test drives by hand: what the panel sent, and a way to answer. */
export function handDrivenHost() {
  const [panelEnd, hostEnd] = channelPair();
  const received: unknown[] = [];
  hostEnd.listen((message) => received.push(message));
  return { panelEnd, received, send: (message: unknown) => hostEnd.post(message) };
}
