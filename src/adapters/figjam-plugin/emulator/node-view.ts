import type { FigmaParentNode } from "../figma-api";
import type { SceneRecord } from "./figjam-record";
import { removalPlan, removeByPlan } from "./node-moves";
import { checkSharedEntry, setSharedValue, sharedKeys, sharedValue } from "./shared-data";
import { liveScene, type ViewContext } from "./view-context";

/**
 * What every scene node's view has: its identity, name, parent, shared plugin data and removal.
 * Every access goes through the gate, so the plugin's are timed, counted and maybe faulted.
 */
export abstract class NodeView {
  constructor(
    protected readonly ctx: ViewContext,
    readonly id: string,
  ) {}

  protected live(call: string): SceneRecord {
    return liveScene(this.ctx, this.id, call);
  }

  get removed(): boolean {
    return this.ctx.gate.read(() => !this.ctx.store.has(this.id));
  }

  get name(): string {
    return this.ctx.gate.read(() => this.live("get_name").name);
  }

  set name(value: string) {
    this.ctx.gate.write("set_name", (change) => {
      const record = this.live("set_name");
      if (record.name === value) return change.cost(1);
      change.touch([record]);
      record.name = value;
    });
  }

  get parent(): FigmaParentNode | null {
    return this.ctx.gate.read(() => this.ctx.parentView(this.live("get_parent").parentId));
  }

  /** As in FigJam: the node goes with everything in it; a group it leaves empty goes too. */
  remove(): void {
    this.ctx.gate.write("remove", (change) => {
      const plan = removalPlan(this.ctx.store, this.live("remove"));
      change.touch([...plan.gone, ...plan.loosened.map(({ connector }) => connector)]);
      removeByPlan(this.ctx.store, plan);
      const gone = new Set(plan.gone.map((node) => node.id));
      this.ctx.state.selection = this.ctx.state.selection.filter((id) => !gone.has(id));
    });
  }

  getSharedPluginData(namespace: string, key: string): string {
    return this.ctx.gate.call("getSharedPluginData", () =>
      sharedValue(this.live("getSharedPluginData").shared, namespace, key),
    );
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    return this.ctx.gate.call("getSharedPluginDataKeys", () =>
      sharedKeys(this.live("getSharedPluginDataKeys").shared, namespace),
    );
  }

  setSharedPluginData(namespace: string, key: string, value: string): void {
    this.ctx.gate.write("setSharedPluginData", (change) => {
      const record = this.live("setSharedPluginData");
      checkSharedEntry(namespace, key, value);
      // Checked before the change: once marked, a person's node would pass for the app's.
      change.touch([record]);
      setSharedValue(record.shared, namespace, key, value);
    });
  }
}
