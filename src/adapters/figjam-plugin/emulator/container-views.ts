/// <reference types="@figma/plugin-typings/plugin-api" />
import type {
  FigmaGroupNode,
  FigmaOtherNode,
  FigmaOtherParentNode,
  FigmaSceneNode,
  FigmaSectionNode,
} from "../figma-api";
import { BoxView } from "./box-view";
import { appendChild, childViews, findAll } from "./child-calls";
import { readFills, writeFills } from "./fills-access";
import type { ViewContext } from "./view-context";

/** A section: FigJam's frame. What it holds counts its `x`/`y` from its top-left corner. */
export class SectionView extends BoxView implements FigmaSectionNode {
  readonly type = "SECTION";

  get children(): ReadonlyArray<FigmaSceneNode> {
    return this.ctx.gate.read(() => childViews(this.ctx, this.live("get_children").id));
  }

  appendChild(child: FigmaSceneNode): void {
    appendChild(this.ctx, this.id, child);
  }

  findAllWithCriteria<T extends FigmaSceneNode["type"][]>(
    criteria: Pick<FindAllCriteria<T>, "types" | "sharedPluginData">,
  ): Array<{ type: T[number] } & FigmaSceneNode> {
    return this.ctx.gate.call("findAllWithCriteria", () => {
      this.live("findAllWithCriteria");
      // Every node found has one of the types asked for: the filter is what the type says.
      return findAll(this.ctx, this.id, criteria) as Array<{ type: T[number] } & FigmaSceneNode>;
    });
  }

  get fills(): ReadonlyArray<Paint> {
    return readFills(this.ctx, this.id);
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI["mixed"]) {
    writeFills(this.ctx, this.id, value);
  }

  /** Its top-left corner stays, and so does what it holds, even what it no longer covers. */
  resizeWithoutConstraints(width: number, height: number): void {
    this.resizeBox("resizeWithoutConstraints", width, height);
  }

  resize(width: number, height: number): void {
    this.resizeBox("resize", width, height);
  }
}

/** A group: its box is its children's, which count their `x`/`y` from the group's container. */
export class GroupView extends BoxView implements FigmaGroupNode {
  readonly type = "GROUP";

  get children(): ReadonlyArray<FigmaSceneNode> {
    return this.ctx.gate.read(() => childViews(this.ctx, this.live("get_children").id));
  }
}

/** Any other node a person put on the page: read, moved, never made by the app. */
export class OtherView extends BoxView implements FigmaOtherNode {
  constructor(
    ctx: ViewContext,
    id: string,
    readonly type: FigmaOtherNode["type"],
  ) {
    super(ctx, id);
  }
}

/** Another node that holds nodes (a frame). */
export class OtherContainerView extends OtherView implements FigmaOtherParentNode {
  get children(): ReadonlyArray<FigmaSceneNode> {
    return this.ctx.gate.read(() => childViews(this.ctx, this.live("get_children").id));
  }
}
