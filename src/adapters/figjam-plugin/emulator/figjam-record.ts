/// <reference types="@figma/plugin-typings/plugin-api" />
import type {
  FigmaConnectorNode,
  FigmaOtherNode,
  FigmaShapeWithTextNode,
  FigmaTextNode,
} from "../figma-api";

/** Who put a node on the page: the plugin (through `figma.create*`) or a person. */
export type NodeOrigin = "app" | "user";

/** Shared plugin data as FigJam keeps it: namespace, then key, then a value (never ""). */
export type SharedData = Record<string, Record<string, string>>;

/** The text of a sticky, a shape, a table cell, or a text node's own. */
export interface TextRecord {
  characters: string;
  fontName: FontName;
}

/** What every stored scene node has. */
interface Kept {
  id: string;
  name: string;
  /** The page, section, group or other container holding it. */
  parentId: string;
  shared: SharedData;
  origin: NodeOrigin;
}

/**
 * A node with a box of its own. As in FigJam, `x`/`y` are its top-left corner relative to its
 * container parent (the page, a section or a frame; a group is skipped).
 */
interface Boxed extends Kept {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StickyRecord extends Boxed {
  type: "STICKY";
  text: TextRecord;
  fills: Paint[];
  isWideWidth: boolean;
}
export interface ShapeRecord extends Boxed {
  type: "SHAPE_WITH_TEXT";
  text: TextRecord;
  fills: Paint[];
  shapeType: FigmaShapeWithTextNode["shapeType"];
}
export interface TextNodeRecord extends Boxed {
  type: "TEXT";
  text: TextRecord;
  fontSize: number;
  fills: Paint[];
  textAutoResize: FigmaTextNode["textAutoResize"];
}
export interface SectionRecord extends Boxed {
  type: "SECTION";
  children: string[];
  fills: Paint[];
}
export interface TableRecord extends Boxed {
  type: "TABLE";
  /** Rows of cells; a cell has no id and no plugin data. */
  cells: TextRecord[][];
}
export interface StampRecord extends Boxed {
  type: "STAMP";
}
/** A drawn line: `length x 0`, as thick as its stroke. */
export interface LineRecord extends Boxed {
  type: "LINE";
  strokeWeight: number;
}
/** Anything else a person put on the page (a frame, a drawing, a widget...); read only. */
export interface OtherRecord extends Boxed {
  type: FigmaOtherNode["type"];
  /** Present when it holds nodes (a frame). */
  children?: string[];
}
/** A group: its box is its children's, worked out when read. */
export interface GroupRecord extends Kept {
  type: "GROUP";
  children: string[];
}
/** A connector: its box is its two ends', worked out when read. */
export interface ConnectorRecord extends Kept {
  type: "CONNECTOR";
  connectorStart: ConnectorEndpoint;
  connectorEnd: ConnectorEndpoint;
  connectorLineType: FigmaConnectorNode["connectorLineType"];
  connectorStartStrokeCap: ConnectorStrokeCap;
  connectorEndStrokeCap: ConnectorStrokeCap;
  strokes: Paint[];
  strokeWeight: number;
}

/** A node with a stored box. */
export type BoxedRecord =
  | StickyRecord
  | ShapeRecord
  | TextNodeRecord
  | SectionRecord
  | TableRecord
  | StampRecord
  | LineRecord
  | OtherRecord;
/** Any node on the page. */
export type SceneRecord = BoxedRecord | GroupRecord | ConnectorRecord;

export interface PageRecord {
  type: "PAGE";
  id: string;
  name: string;
  parentId: string;
  children: string[];
  shared: SharedData;
}
export interface DocumentRecord {
  type: "DOCUMENT";
  id: string;
  name: string;
  parentId: null;
  children: string[];
  shared: SharedData;
}
/** Every node the emulator stores. */
export type FigJamRecord = SceneRecord | PageRecord | DocumentRecord;
/** A node that holds others. */
export type ContainerRecord = Extract<FigJamRecord, { children: string[] }> | OtherRecord;

/** Whether a record has a box of its own (groups and connectors work theirs out). */
export function isBoxed(record: FigJamRecord): record is BoxedRecord {
  return (
    record.type !== "GROUP" &&
    record.type !== "CONNECTOR" &&
    record.type !== "PAGE" &&
    record.type !== "DOCUMENT"
  );
}

/** Whether a node is a scene node (not the page or the document). */
export function isScene(record: FigJamRecord): record is SceneRecord {
  return record.type !== "PAGE" && record.type !== "DOCUMENT";
}

/** The ids of the nodes a record holds, or undefined when it holds none. */
export function childrenOf(record: FigJamRecord): string[] | undefined {
  return "children" in record ? record.children : undefined;
}
