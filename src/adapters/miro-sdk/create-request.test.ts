import { describe, expect, it } from "vitest";
import type { ItemDraft } from "../../core/board/board-port";
import { contractDraft } from "../contract/board-harness";
import { cardText, contentOf, createRequest, sendCreate } from "./create-request";
import { fakeBoardApi, stickyView } from "./miro-sdk-test-kit";

const draft = (overrides: Partial<ItemDraft>) => contractDraft("d", { x: 10, y: 20, ...overrides });

describe("createRequest", () => {
  it("makes a sticky note by width alone, its shape by its aspect, its fill by Miro's name", () => {
    expect(
      createRequest(
        draft({ kind: "sticky", text: "A & B", fill: "miro:red", width: 199, height: 228 }),
        null,
      ),
    ).toEqual({
      call: "createStickyNote",
      props: {
        x: 10,
        y: 20,
        width: 199,
        shape: "square",
        content: "<p>A &amp; B</p>",
        style: { fillColor: "red" },
      },
    });
    const wide = createRequest(
      draft({ kind: "sticky", fill: null, width: 400, height: 200 }),
      null,
    );
    expect(wide.props).toMatchObject({ shape: "rectangle", style: {} });
  });

  it("makes a card of a title line and a description, with theme, due date and status", () => {
    expect(
      createRequest(
        draft({
          kind: "card",
          text: "Fix signs\nBefore summer",
          fill: "miro:blue",
          width: 320,
          due: "2025-06-01",
          status: "done",
        }),
        null,
      ),
    ).toEqual({
      call: "createCard",
      props: {
        x: 10,
        y: 20,
        width: 320,
        title: "Fix signs",
        description: "<p>Before summer</p>",
        style: { cardTheme: "#6CD8FA" },
        dueDate: "2025-06-01",
        taskStatus: "done",
      },
    });
  });

  it("makes text by width, frames and shapes by both sides, with hex or no fill", () => {
    const text = createRequest(
      draft({ kind: "text", fill: null, style: { fontSize: 48, textAlign: "left" } }),
      null,
    );
    expect(text).toEqual({
      call: "createText",
      props: {
        x: 10,
        y: 20,
        width: 100,
        content: "<p>d</p>",
        style: { fillColor: "transparent", fontSize: 48, textAlign: "left" },
      },
    });
    const frame = createRequest(draft({ kind: "frame", text: "Stage 1", fill: "#FFFFFF" }), null);
    expect(frame.props).toEqual({
      x: 10,
      y: 20,
      width: 100,
      height: 100,
      title: "Stage 1",
      style: { fillColor: "#FFFFFF" },
    });
    const shape = createRequest(draft({ fill: null, style: { bold: true } }), null);
    expect(shape.props).toMatchObject({
      content: "<p><strong>d</strong></p>",
      shape: "rectangle",
      style: { fillColor: "transparent", fillOpacity: 0 },
    });
  });

  it("joins a connector's two items, and refuses a connector without them", () => {
    const connector = draft({ kind: "connector" });
    expect(createRequest(connector, { from: "a", to: "b" })).toEqual({
      call: "createConnector",
      props: { start: { item: "a" }, end: { item: "b" } },
    });
    expect(() => createRequest(connector, null)).toThrow(/needs the items it joins/);
  });

  it("splits and encodes text as Miro's HTML takes it", () => {
    expect(cardText("Only a title <b>")).toEqual({
      title: "Only a title &lt;b&gt;",
      description: "",
    });
    expect(contentOf({ text: "one\ntwo" })).toBe("<p>one</p><p>two</p>");
  });

  it("sends the request to the SDK call it names", async () => {
    const made = stickyView({ id: "new" });
    const { api } = fakeBoardApi([], { createStickyNote: async () => made });
    const request = createRequest(draft({ kind: "sticky" }), null);
    expect(await sendCreate(api, request)).toBe(made);
  });
});
