/// <reference types="@figma/plugin-typings/plugin-api" />
import type {
  FigmaConnectorNode,
  FigmaLineNode,
  FigmaStampNode,
  FigmaTableNode,
} from "../figma-api";
import { BoxView } from "./box-view";
import { refusedError } from "./figjam-errors";
import type { ConnectorRecord } from "./figjam-record";
import { TableCellView } from "./text-sublayer";
import { copyOf } from "./view-context";

/** A stamp a person put on the page. */
export class StampView extends BoxView implements FigmaStampNode {
  readonly type = "STAMP";
}

/** A line a person drew; only its stroke's weight is read. */
export class LineView extends BoxView implements FigmaLineNode {
  readonly type = "LINE";

  get strokeWeight(): number {
    return this.ctx.gate.read(() => {
      const record = this.live("get_strokeWeight");
      return record.type === "LINE" ? record.strokeWeight : 1;
    });
  }
}

/** A table: rows of cells, each with its text. */
export class TableView extends BoxView implements FigmaTableNode {
  readonly type = "TABLE";

  private cells(call: string) {
    const record = this.live(call);
    return record.type === "TABLE" ? record.cells : [];
  }

  get numRows(): number {
    return this.ctx.gate.read(() => this.cells("get_numRows").length);
  }

  get numColumns(): number {
    return this.ctx.gate.read(() => this.cells("get_numColumns")[0]?.length ?? 0);
  }

  cellAt(rowIndex: number, columnIndex: number): TableCellView {
    return this.ctx.gate.read(() => {
      if (this.cells("cellAt")[rowIndex]?.[columnIndex] === undefined) {
        throw refusedError("cellAt", `no cell at row ${rowIndex}, column ${columnIndex}`);
      }
      return new TableCellView(this.ctx, this.id, rowIndex, columnIndex);
    });
  }
}

type ConnectorField = Exclude<
  keyof ConnectorRecord,
  "id" | "type" | "name" | "parentId" | "shared" | "origin"
>;

/** A connector: its ends are positions or nodes it holds on to; its box is worked out from them. */
export class ConnectorView extends BoxView implements FigmaConnectorNode {
  readonly type = "CONNECTOR";

  private get<K extends ConnectorField>(field: K): ConnectorRecord[K] {
    return this.ctx.gate.read(() => {
      const record = this.live(`get_${field}`);
      if (record.type !== "CONNECTOR") throw refusedError(`get_${field}`, "not a connector");
      return copyOf(record[field]);
    });
  }

  private set<K extends ConnectorField>(field: K, value: ConnectorRecord[K]): void {
    this.ctx.gate.write(`set_${field}`, (change) => {
      const record = this.live(`set_${field}`);
      if (record.type !== "CONNECTOR") throw refusedError(`set_${field}`, "not a connector");
      if (field === "connectorStart" || field === "connectorEnd") {
        this.checkEnd(`set_${field}`, value as ConnectorEndpoint);
      }
      change.touch([record]);
      record[field] = copyOf(value);
    });
  }

  /** FigJam attaches an end only to another node on the page, not to a connector. */
  private checkEnd(call: string, end: ConnectorEndpoint): void {
    if (!("endpointNodeId" in end)) return;
    const target = this.ctx.store.scene(end.endpointNodeId);
    if (!target || target.id === this.id || target.type === "CONNECTOR") {
      throw refusedError(call, `cannot attach a connector to node "${end.endpointNodeId}"`);
    }
  }

  get connectorStart(): ConnectorEndpoint {
    return this.get("connectorStart");
  }
  set connectorStart(value: ConnectorEndpoint) {
    this.set("connectorStart", value);
  }
  get connectorEnd(): ConnectorEndpoint {
    return this.get("connectorEnd");
  }
  set connectorEnd(value: ConnectorEndpoint) {
    this.set("connectorEnd", value);
  }
  get connectorLineType(): FigmaConnectorNode["connectorLineType"] {
    return this.get("connectorLineType");
  }
  set connectorLineType(value: FigmaConnectorNode["connectorLineType"]) {
    this.set("connectorLineType", value);
  }
  get connectorStartStrokeCap(): ConnectorStrokeCap {
    return this.get("connectorStartStrokeCap");
  }
  set connectorStartStrokeCap(value: ConnectorStrokeCap) {
    this.set("connectorStartStrokeCap", value);
  }
  get connectorEndStrokeCap(): ConnectorStrokeCap {
    return this.get("connectorEndStrokeCap");
  }
  set connectorEndStrokeCap(value: ConnectorStrokeCap) {
    this.set("connectorEndStrokeCap", value);
  }
  get strokes(): ReadonlyArray<Paint> {
    return this.get("strokes");
  }
  set strokes(value: ReadonlyArray<Paint>) {
    this.set("strokes", [...value]);
  }
  get strokeWeight(): number {
    return this.get("strokeWeight");
  }
  set strokeWeight(value: number) {
    this.set("strokeWeight", value);
  }
}
