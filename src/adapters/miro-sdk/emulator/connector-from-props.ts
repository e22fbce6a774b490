import type { ConnectorProps } from "../miro-api";
import type { ItemStore } from "./item-store";
import { invalidError, notFoundError } from "./miro-errors";
import type { ConnectorRecord } from "./miro-record";

/** One end of a connector as stored. */
export type Endpoint = NonNullable<ConnectorRecord["start"]>;

/** A connector end as given, checked: an item that exists (not a connector or tag), or a position. */
export function endpoint(store: ItemStore, name: string, end: ConnectorProps["start"]): Endpoint {
  const item = end?.item;
  const position = end?.position;
  const snapTo = end?.snapTo === undefined ? {} : { snapTo: end.snapTo };
  if (item !== undefined) {
    const joined = store.get(item);
    if (!joined) throw notFoundError(item);
    if (joined.type === "connector" || joined.type === "tag") {
      throw invalidError(`A connector cannot join a ${joined.type}`);
    }
    return { item, ...snapTo };
  }
  if (position?.x !== undefined && position.y !== undefined) {
    return { position: { x: position.x, y: position.y }, ...snapTo };
  }
  throw invalidError(`A connector's ${name} needs an item or a position`);
}

/** A connector as `createConnector` makes it: both ends on items that exist, or at positions. */
export function connectorFromProps(
  store: ItemStore,
  id: string,
  props: ConnectorProps,
): ConnectorRecord {
  return {
    id,
    type: "connector",
    start: endpoint(store, "start", props.start),
    end: endpoint(store, "end", props.end),
    shape: props.shape ?? "curved",
    style: { ...props.style },
    parentId: null,
    metadata: {},
    origin: "app",
  };
}
