import type { PortChannel } from "./message-channel";

/**
 * Two connected channels in one process, for tests: each delivers what the other posts on a
 * later task and as a structured clone, in order, as `postMessage` between windows does.
 */
export function channelPair(): [PortChannel, PortChannel] {
  const handlers: [Set<(message: unknown) => void>, Set<(message: unknown) => void>] = [
    new Set(),
    new Set(),
  ];
  const end = (mine: 0 | 1): PortChannel => ({
    post: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        for (const handler of handlers[mine === 0 ? 1 : 0]) handler(copy);
      }, 0);
    },
    listen: (handler) => {
      handlers[mine].add(handler);
      return () => handlers[mine].delete(handler);
    },
  });
  return [end(0), end(1)];
}
