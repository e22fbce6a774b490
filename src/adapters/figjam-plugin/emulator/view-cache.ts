import type {
  FigmaDocumentNode,
  FigmaNode,
  FigmaPageNode,
  FigmaParentNode,
  FigmaSceneNode,
} from "../figma-api";
import type { BoardState } from "./board-state";
import type { CallGate } from "./call-gate";
import { GroupView, OtherContainerView, OtherView, SectionView } from "./container-views";
import { ShapeView, StickyView } from "./content-views";
import type { SceneRecord } from "./figjam-record";
import type { FontBook } from "./font-book";
import { ConnectorView, LineView, StampView, TableView } from "./item-views";
import { DocumentView, PageView } from "./root-views";
import { TextView } from "./text-view";
import type { ViewContext } from "./view-context";

function newView(ctx: ViewContext, record: SceneRecord): FigmaSceneNode {
  switch (record.type) {
    case "STICKY":
      return new StickyView(ctx, record.id);
    case "SHAPE_WITH_TEXT":
      return new ShapeView(ctx, record.id);
    case "TEXT":
      return new TextView(ctx, record.id);
    case "SECTION":
      return new SectionView(ctx, record.id);
    case "GROUP":
      return new GroupView(ctx, record.id);
    case "TABLE":
      return new TableView(ctx, record.id);
    case "CONNECTOR":
      return new ConnectorView(ctx, record.id);
    case "STAMP":
      return new StampView(ctx, record.id);
    case "LINE":
      return new LineView(ctx, record.id);
    default:
      return record.children
        ? new OtherContainerView(ctx, record.id, record.type)
        : new OtherView(ctx, record.id, record.type);
  }
}

/**
 * The views of one gate: one object per node, kept for as long as the emulator, as FigJam hands
 * out the same object for a node each time (a removed node's view says `removed`).
 */
export function viewCache(state: BoardState, gate: CallGate, fonts: FontBook): ViewContext {
  const views = new Map<string, FigmaSceneNode>();
  let page: PageView | undefined;
  let document: DocumentView | undefined;
  const ctx: ViewContext = {
    state,
    store: state.store,
    gate,
    fonts,
    sceneView(record) {
      let view = views.get(record.id);
      if (!view) {
        view = newView(ctx, record);
        views.set(record.id, view);
      }
      return view;
    },
    pageView(): FigmaPageNode {
      page ??= new PageView(ctx);
      return page;
    },
    documentView(): FigmaDocumentNode {
      document ??= new DocumentView(ctx);
      return document;
    },
    view(id): FigmaNode | null {
      if (id === state.store.page.id) return ctx.pageView();
      if (id === state.store.document.id) return ctx.documentView();
      const record = state.store.scene(id);
      return record ? ctx.sceneView(record) : null;
    },
    parentView(id): FigmaParentNode | null {
      const view = ctx.view(id);
      if (!view) return null;
      if (view.type === "PAGE" || view.type === "DOCUMENT") return view;
      if (view.type === "SECTION" || view.type === "GROUP") return view;
      return view instanceof OtherContainerView ? view : null;
    },
  };
  return ctx;
}
