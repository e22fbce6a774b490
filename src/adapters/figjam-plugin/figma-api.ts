/// <reference types="@figma/plugin-typings/plugin-api" />

/*
 * The typings' global interfaces only: the package's index would also declare the `figma` const
 * and redeclare setTimeout for the whole program, which only the plugin's own sandbox build has.
 */

/** What every node view has: its identity, its parent, its shared plugin data, and removal. */
type Common =
  | "id"
  | "type"
  | "name"
  | "removed"
  | "remove"
  | "getSharedPluginData"
  | "setSharedPluginData"
  | "getSharedPluginDataKeys";
/** `x`/`y` are relative to the parent (a section, a frame); `absoluteBoundingBox` is on the page. */
type Box = "x" | "y" | "width" | "height" | "absoluteBoundingBox";

/** The node types the adapter tells apart; every other scene node is a `FigmaOtherNode`. */
type KnownSceneType =
  | "STICKY"
  | "SECTION"
  | "SHAPE_WITH_TEXT"
  | "TEXT"
  | "TABLE"
  | "CONNECTOR"
  | "STAMP"
  | "LINE"
  | "GROUP";
type ParentType = "DOCUMENT" | "PAGE" | "SECTION" | "GROUP";

/** Where a node sits: the views below narrow the typings' `parent` to these. */
interface Placed {
  readonly parent: FigmaParentNode | null;
}

/** What a container has: its children and a way to take one in (it leaves its old parent). */
interface Holding {
  readonly children: ReadonlyArray<FigmaSceneNode>;
  appendChild(child: FigmaSceneNode): void;
}

/** The search the adapter reads with, instead of a hand-written walk. */
interface Searching {
  /**
   * Every descendant (not the node itself) of one of `types`, and with shared plugin data in
   * `sharedPluginData.namespace` (under one of its `keys`) when that is given.
   */
  findAllWithCriteria<T extends FigmaSceneNode["type"][]>(
    criteria: Pick<FindAllCriteria<T>, "types" | "sharedPluginData">,
  ): Array<{ type: T[number] } & FigmaSceneNode>;
}

/**
 * The text inside a sticky, a shape or a table cell. Setting `characters` needs the sublayer's
 * font loaded first (`figma.loadFontAsync(fontName)`), or Figma throws.
 */
export type FigmaTextSublayer = Pick<
  TextSublayerNode,
  "characters" | "fontName" | "hasMissingFont"
>;

/*
 * The node views: each picks from the typings' own interface exactly the fields and calls the
 * adapter uses. A real node is one of these; the emulator builds the same shapes, so a field the
 * adapter uses that FigJam does not have fails to compile on both sides.
 */

/** A sticky. Its size is read-only: 240x240, or 416x240 with `isWideWidth`. */
export type FigmaStickyNode = Pick<StickyNode, Common | Box | "fills" | "isWideWidth"> &
  Placed & { readonly text: FigmaTextSublayer };
/** A section: FigJam's frame. Its children's `x`/`y` are relative to its top-left corner. */
export type FigmaSectionNode = Pick<
  SectionNode,
  Common | Box | "fills" | "resizeWithoutConstraints" | "resize"
> &
  Placed &
  Holding &
  Searching;
export type FigmaShapeWithTextNode = Pick<
  ShapeWithTextNode,
  Common | Box | "fills" | "shapeType" | "resize"
> &
  Placed & { readonly text: FigmaTextSublayer };
/** A text node: its own `characters` and `fontName` (Inter Regular when created). */
export type FigmaTextNode = Pick<
  TextNode,
  Common | Box | "characters" | "fontName" | "fontSize" | "fills" | "textAutoResize" | "resize"
> &
  Placed;
/** A table cell: no id, no plugin data, only its place and its text. */
export type FigmaTableCell = Pick<TableCellNode, "rowIndex" | "columnIndex"> & {
  readonly text: FigmaTextSublayer;
};
export type FigmaTableNode = Pick<TableNode, Common | Box | "numRows" | "numColumns"> &
  Placed & {
    cellAt(rowIndex: number, columnIndex: number): FigmaTableCell;
  };
/** A connector; an end on a node is `{ endpointNodeId, magnet }`. */
export type FigmaConnectorNode = Pick<
  ConnectorNode,
  | Common
  | Box
  | "connectorStart"
  | "connectorEnd"
  | "connectorLineType"
  | "connectorStartStrokeCap"
  | "connectorEndStrokeCap"
  | "strokes"
  | "strokeWeight"
> &
  Placed;
export type FigmaStampNode = Pick<StampNode, Common | Box> & Placed;
/** A drawn line: `length x 0` as a layer, its stroke's weight its thickness. */
export type FigmaLineNode = Pick<LineNode, Common | Box | "strokeWeight"> & Placed;
/** A group: no coordinates of its own for its children (theirs are relative to its parent). */
export type FigmaGroupNode = Pick<GroupNode, Common | Box> &
  Placed & { readonly children: ReadonlyArray<FigmaSceneNode> };
/** Any other node on the page (frames, drawings, widgets, embeds...): read, never written. */
export type FigmaOtherNode = Pick<SceneNode, Exclude<Common, "type"> | Box> &
  Placed & { readonly type: Exclude<SceneNode["type"], KnownSceneType> };

/** Any node on a page, told apart by `type`. */
export type FigmaSceneNode =
  | FigmaStickyNode
  | FigmaSectionNode
  | FigmaShapeWithTextNode
  | FigmaTextNode
  | FigmaTableNode
  | FigmaConnectorNode
  | FigmaStampNode
  | FigmaLineNode
  | FigmaGroupNode
  | FigmaOtherNode;

/** A page; the adapter works on `figma.currentPage`. */
export type FigmaPageNode = Pick<PageNode, Common> &
  Placed &
  Holding &
  Searching & { selection: ReadonlyArray<FigmaSceneNode> };
/** The document (`figma.root`): the board-wide data lives in its shared plugin data. */
export type FigmaDocumentNode = Pick<DocumentNode, Common> &
  Placed & { readonly children: ReadonlyArray<FigmaPageNode> };
/** Any other node that holds children (a frame, a component...). */
export type FigmaOtherParentNode = Pick<BaseNode, Exclude<Common, "type">> &
  Placed & {
    readonly type: Exclude<NodeType, ParentType>;
    readonly children: ReadonlyArray<FigmaSceneNode>;
  };
/** A node's parent. */
export type FigmaParentNode =
  | FigmaDocumentNode
  | FigmaPageNode
  | FigmaSectionNode
  | FigmaGroupNode
  | FigmaOtherParentNode;
/** Any node `getNodeByIdAsync` can answer. */
export type FigmaNode = FigmaSceneNode | FigmaPageNode | FigmaDocumentNode;

/** What a message from the UI comes with. */
export type FigmaMessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => void;

/**
 * The part of FigJam's plugin API the app uses: `figma` fits it (checked below), and so does the
 * emulator. Every call the adapter makes goes through this type, with the typings' own parameter
 * types, so a call the real API would not take does not compile.
 */
export interface FigmaPluginApi extends Pick<PluginAPI, "loadFontAsync" | "commitUndo" | "notify"> {
  readonly root: FigmaDocumentNode;
  readonly currentPage: FigmaPageNode;
  getNodeByIdAsync(id: string): Promise<FigmaNode | null>;
  /** Needed under `documentAccess: "dynamic-page"` before reading other pages. */
  loadAllPagesAsync?(): Promise<void>;
  /** Each create puts the new node on the current page, at (0, 0). */
  createSticky(): FigmaStickyNode;
  createShapeWithText(): FigmaShapeWithTextNode;
  createText(): FigmaTextNode;
  createSection(): FigmaSectionNode;
  createConnector(): FigmaConnectorNode;
  readonly viewport: Pick<ViewportAPI, "center" | "zoom" | "bounds"> & {
    scrollAndZoomIntoView(nodes: ReadonlyArray<FigmaNode>): void;
  };
  on(type: "selectionchange", callback: () => void): void;
  off(type: "selectionchange", callback: () => void): void;
  readonly ui: {
    /** To the UI; it arrives there as `event.data.pluginMessage`. */
    postMessage(pluginMessage: unknown, options?: UIPostMessageOptions): void;
    /** From the UI: what it posted as `{ pluginMessage }`, unwrapped. */
    onmessage: FigmaMessageHandler | undefined;
    on(type: "message", callback: FigmaMessageHandler): void;
    off(type: "message", callback: FigmaMessageHandler): void;
  };
}

/** Compile-time proof that the real `figma` is a FigmaPluginApi; never called. */
export function realApiFits(api: PluginAPI): FigmaPluginApi {
  return api;
}
