/// <reference types="@figma/plugin-typings/plugin-api" />
import type { FigmaDocumentNode, FigmaPageNode, FigmaSceneNode } from "../figma-api";
import { appendChild, childViews, findAll } from "./child-calls";
import { refusedError } from "./figjam-errors";
import type { DocumentRecord, PageRecord } from "./figjam-record";
import { checkSharedEntry, setSharedValue, sharedKeys, sharedValue } from "./shared-data";
import type { ViewContext } from "./view-context";

/** What the page and the document share: a name, shared plugin data, no removal. */
abstract class RootView {
  constructor(protected readonly ctx: ViewContext) {}

  protected abstract get record(): PageRecord | DocumentRecord;

  get id(): string {
    return this.record.id;
  }

  get removed(): boolean {
    return false;
  }

  get name(): string {
    return this.ctx.gate.read(() => this.record.name);
  }

  set name(value: string) {
    this.ctx.gate.write("set_name", (change) => {
      change.touch([this.record]);
      this.record.name = value;
    });
  }

  remove(): void {
    this.ctx.gate.write("remove", () => {
      throw refusedError("remove", "Removing this node is not allowed");
    });
  }

  getSharedPluginData(namespace: string, key: string): string {
    return this.ctx.gate.call("getSharedPluginData", () =>
      sharedValue(this.record.shared, namespace, key),
    );
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    return this.ctx.gate.call("getSharedPluginDataKeys", () =>
      sharedKeys(this.record.shared, namespace),
    );
  }

  setSharedPluginData(namespace: string, key: string, value: string): void {
    this.ctx.gate.write("setSharedPluginData", (change) => {
      checkSharedEntry(namespace, key, value);
      change.touch([this.record]);
      setSharedValue(this.record.shared, namespace, key, value);
    });
  }
}

/** The document, `figma.root`: the app's board-wide data lives in its shared plugin data. */
export class DocumentView extends RootView implements FigmaDocumentNode {
  readonly type = "DOCUMENT";
  readonly parent = null;

  protected get record(): DocumentRecord {
    return this.ctx.store.document;
  }

  get children(): ReadonlyArray<FigmaPageNode> {
    return this.ctx.gate.read(() => [this.ctx.pageView()]);
  }
}

/** The page, `figma.currentPage`: the tree of nodes, and what people have selected on it. */
export class PageView extends RootView implements FigmaPageNode {
  readonly type = "PAGE";

  protected get record(): PageRecord {
    return this.ctx.store.page;
  }

  get parent(): FigmaDocumentNode {
    return this.ctx.gate.read(() => this.ctx.documentView());
  }

  get children(): ReadonlyArray<FigmaSceneNode> {
    return this.ctx.gate.read(() => childViews(this.ctx, this.record.id));
  }

  appendChild(child: FigmaSceneNode): void {
    appendChild(this.ctx, this.record.id, child);
  }

  findAllWithCriteria<T extends FigmaSceneNode["type"][]>(
    criteria: Pick<FindAllCriteria<T>, "types" | "sharedPluginData">,
  ): Array<{ type: T[number] } & FigmaSceneNode> {
    return this.ctx.gate.call("findAllWithCriteria", () => {
      // Every node found has one of the types asked for: the filter is what the type says.
      return findAll(this.ctx, this.record.id, criteria) as Array<
        { type: T[number] } & FigmaSceneNode
      >;
    });
  }

  get selection(): ReadonlyArray<FigmaSceneNode> {
    return this.ctx.gate.read(() =>
      this.ctx.state.selection.flatMap((id) => {
        const record = this.ctx.store.scene(id);
        return record ? [this.ctx.sceneView(record)] : [];
      }),
    );
  }

  /** Selecting is no change of the document; `selectionchange` follows after the task. */
  set selection(nodes: ReadonlyArray<FigmaSceneNode>) {
    this.ctx.gate.call("set_selection", () => {
      const missing = nodes.find((node) => !this.ctx.store.scene(node.id));
      if (missing)
        throw refusedError("set_selection", `no node with id "${missing.id}" on the page`);
      this.ctx.state.selection = nodes.map((node) => node.id);
      this.ctx.state.selectionChanged();
    });
  }
}
