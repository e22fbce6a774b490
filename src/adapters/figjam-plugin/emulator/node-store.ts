import {
  childrenOf,
  type DocumentRecord,
  type FigJamRecord,
  isScene,
  type PageRecord,
  type SceneRecord,
} from "./figjam-record";

/**
 * The document's nodes as the emulator keeps them: one document, one page, and the page's tree.
 * It keeps every container's `children` in step with its children's `parentId`. Its methods change
 * the tree in place and trust their caller to have checked the call first: a refused call must
 * change nothing.
 */
export class NodeStore {
  readonly document: DocumentRecord = {
    type: "DOCUMENT",
    id: "0:0",
    name: "Emulated board",
    parentId: null,
    children: ["0:1"],
    shared: {},
  };
  readonly page: PageRecord = {
    type: "PAGE",
    id: "0:1",
    name: "Page 1",
    parentId: "0:0",
    children: [],
    shared: {},
  };
  private readonly nodes = new Map<string, FigJamRecord>([
    [this.document.id, this.document],
    [this.page.id, this.page],
  ]);
  private counter = 0;

  /** A fresh Figma-like id (`1:23`) no node has. */
  newId(): string {
    let id: string;
    do {
      this.counter++;
      id = `1:${this.counter}`;
    } while (this.nodes.has(id));
    return id;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  get(id: string): FigJamRecord | undefined {
    return this.nodes.get(id);
  }

  scene(id: string): SceneRecord | undefined {
    const record = this.nodes.get(id);
    return record && isScene(record) ? record : undefined;
  }

  /** Adds a node as the last (topmost) child of its `parentId`. */
  add(record: SceneRecord): void {
    this.nodes.set(record.id, record);
    this.childrenOfId(record.parentId)?.push(record.id);
  }

  private childrenOfId(id: string): string[] | undefined {
    const record = this.nodes.get(id);
    return record && childrenOf(record);
  }

  /** Moves a node to the end of another container's children. */
  setParent(record: SceneRecord, parentId: string): void {
    const siblings = this.childrenOfId(record.parentId);
    if (siblings) siblings.splice(siblings.indexOf(record.id), 1);
    record.parentId = parentId;
    this.childrenOfId(parentId)?.push(record.id);
  }

  /** The node's descendants, depth first, in document order. */
  descendants(id: string): SceneRecord[] {
    const record = this.nodes.get(id);
    const children = record ? (childrenOf(record) ?? []) : [];
    return children.flatMap((childId) => {
      const child = this.scene(childId);
      return child ? [child, ...this.descendants(childId)] : [];
    });
  }

  /** Every node on the page, depth first, in document order. */
  all(): SceneRecord[] {
    return this.descendants(this.page.id);
  }

  /** Takes a node and everything in it off the page; returns them, the node first. */
  remove(id: string): SceneRecord[] {
    const record = this.scene(id);
    if (!record) return [];
    const gone = [record, ...this.descendants(id)];
    const siblings = this.childrenOfId(record.parentId);
    if (siblings) siblings.splice(siblings.indexOf(id), 1);
    for (const node of gone) this.nodes.delete(node.id);
    return gone;
  }
}
