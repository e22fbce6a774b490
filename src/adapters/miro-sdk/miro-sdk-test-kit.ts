import { CallRunner } from "./call-runner";
import { MarkCache } from "./mark-cache";
import type { MiroBoardApi, MiroFrame, MiroItem, MiroStickyNote } from "./miro-api";
import { type MiroSdkBoardOptions, miroSdkSettings } from "./miro-sdk-options";
import type { MiroSession } from "./miro-session";

/**
 * A clock that only moves when someone sleeps: waits of any length take no time in a test, and
 * the adapter's budget and backoff see time pass as they would.
 */
export function virtualClock(start = 0) {
  const clock = {
    time: start,
    slept: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

/** Options for tests: a virtual clock and a fixed jitter, everything else at its default. */
export function testOptions(overrides: MiroSdkBoardOptions = {}): MiroSdkBoardOptions {
  const clock = virtualClock();
  return { now: clock.now, sleep: clock.sleep, random: () => 0.5, ...overrides };
}

/** An error shaped as the emulator and (as far as known) Miro shape a rate-limit rejection. */
export function rateLimitError(): Error {
  return Object.assign(new Error("API rate limit exceeded: try again later"), { status: 429 });
}

type ItemCalls = Pick<MiroStickyNote, "sync" | "getMetadata" | "setMetadata">;

/** The calls on an item view, for a hand-made view: metadata kept in `metadata`. */
export function itemCalls(metadata: Record<string, unknown> = {}): ItemCalls {
  return {
    sync: async () => {},
    getMetadata: (async (key?: string) =>
      key === undefined ? metadata : (metadata[key] ?? null)) as ItemCalls["getMetadata"],
    setMetadata: (async (key: string, value: unknown) => {
      metadata[key] = value;
      return metadata;
    }) as ItemCalls["setMetadata"],
  };
}

/** A sticky note view as the SDK gives one, at the board's centre unless told. */
export function stickyView(overrides: Partial<MiroStickyNote> = {}): MiroStickyNote {
  return {
    id: "s1",
    type: "sticky_note",
    parentId: null,
    x: 0,
    y: 0,
    width: 199,
    height: 228,
    content: "<p>Note</p>",
    shape: "square",
    style: { fillColor: "light_yellow", textAlign: "center", textAlignVertical: "top" },
    tagIds: [],
    ...itemCalls(),
    ...overrides,
  };
}

/** A frame view as the SDK gives one. */
export function frameView(overrides: Partial<MiroFrame> = {}): MiroFrame {
  return {
    id: "f1",
    type: "frame",
    parentId: null,
    x: 0,
    y: 0,
    width: 1000,
    height: 800,
    title: "Frame",
    style: { fillColor: "#ffffff" },
    childrenIds: [],
    add: async (item) => item,
    remove: async () => {},
    ...itemCalls(),
    ...overrides,
  };
}

/**
 * A hand-made board behind MiroBoardApi: `get`, `getById` and `getSelection` answer from
 * `items`; every call is logged by name in `calls`; what a test does not give throws.
 */
export function fakeBoardApi(items: MiroItem[], overrides: Partial<MiroBoardApi> = {}) {
  const calls: string[] = [];
  const log =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      calls.push(name);
      return fn(...args);
    };
  const missing = (name: string) => async () => {
    throw new Error(`the fake board has no ${name}`);
  };
  const api: MiroBoardApi = {
    get: log("get", async ({ type }) =>
      items.filter((item) => (type as string[]).includes(item.type)),
    ),
    getById: log("getById", async (id) => {
      const found = items.find((item) => item.id === id);
      if (!found) throw new Error(`Item ${id} not found`);
      return found;
    }),
    getSelection: log("getSelection", async () => []),
    createStickyNote: missing("createStickyNote"),
    createShape: missing("createShape"),
    createText: missing("createText"),
    createCard: missing("createCard"),
    createFrame: missing("createFrame"),
    createConnector: missing("createConnector"),
    remove: missing("remove"),
    findEmptySpace: missing("findEmptySpace"),
    getAppData: missing("getAppData"),
    setAppData: missing("setAppData"),
    viewport: { zoomTo: missing("zoomTo"), set: missing("viewport.set") },
    ui: { on: () => {}, off: () => {} },
    ...overrides,
  };
  return { api, calls };
}

/** A session over a board api, with test options unless told. */
export function testSession(api: MiroBoardApi, options: MiroSdkBoardOptions = {}): MiroSession {
  const settings = miroSdkSettings(testOptions(options));
  return {
    api,
    runner: new CallRunner(settings),
    marks: new MarkCache(),
    views: new Map(),
    settings,
  };
}
