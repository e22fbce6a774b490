import { describe, expect, it } from "vitest";
import { APP_MARK_SCHEMA_VERSION, appMark } from "./app-mark";
import { readMark } from "./read-mark";

/**
 * Version-1 marks exactly as the first releases wrote them (FigJam shared plugin data holds the
 * JSON text; Miro metadata the object), each with the version-2 mark it upgrades to.
 */
const VERSION_1: [string, { part: string; role: string; key: string; groupId: string }][] = [
  // A template.
  [
    '{"schemaVersion":1,"role":"journey-frame","key":"journey-frame","templateId":"t-3y6jta"}',
    { part: "template", role: "journey-frame", key: "journey-frame", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"title","key":"title","templateId":"t-3y6jta"}',
    { part: "template", role: "title", key: "title", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"header-card","key":"header-card","templateId":"t-3y6jta"}',
    { part: "template", role: "header-card", key: "header-card", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"stage-header","key":"stage-header:0","templateId":"t-3y6jta"}',
    { part: "template", role: "stage-header", key: "stage-header:0", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"lane-label","key":"lane-label:step","templateId":"t-3y6jta"}',
    { part: "template", role: "lane-label", key: "lane-label:step", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"cell","key":"cell:0:step","templateId":"t-3y6jta"}',
    { part: "template", role: "cell", key: "cell:0:step", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"legend-title","key":"legend-title","templateId":"t-3y6jta"}',
    { part: "template", role: "legend-title", key: "legend-title", groupId: "t-3y6jta" },
  ],
  [
    '{"schemaVersion":1,"role":"legend-swatch","key":"legend-swatch:stage-header","templateId":"t-3y6jta"}',
    {
      part: "template",
      role: "legend-swatch",
      key: "legend-swatch:stage-header",
      groupId: "t-3y6jta",
    },
  ],
  [
    '{"schemaVersion":1,"role":"legend-swatch","key":"legend-swatch:pain","templateId":"t-abc"}',
    { part: "template", role: "legend-swatch", key: "legend-swatch:pain", groupId: "t-abc" },
  ],
  [
    '{"schemaVersion":1,"role":"parking-lot","key":"parking-lot","templateId":"t-3y6jta"}',
    { part: "template", role: "parking-lot", key: "parking-lot", groupId: "t-3y6jta" },
  ],
  // A write-back: summaries, curve, actions.
  [
    '{"schemaVersion":1,"role":"headline","key":"headline","templateId":"wb"}',
    { part: "summaries", role: "headline", key: "headline", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"stage-summary","key":"summary:0","templateId":"wb"}',
    { part: "summaries", role: "stage-summary", key: "stage-summary:0", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"emotion-point","key":"curve:point:0","templateId":"wb"}',
    { part: "curve", role: "emotion-point", key: "emotion-point:0", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"emotion-line","key":"curve:line:curve:point:0>curve:point:1","templateId":"wb"}',
    { part: "curve", role: "emotion-line", key: "emotion-line:0:1", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"emotion-label","key":"curve:label","templateId":"wb"}',
    { part: "curve", role: "emotion-label", key: "emotion-label", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"actions-area","key":"actions","templateId":"wb"}',
    { part: "actions", role: "actions-area", key: "actions-area", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"action","key":"action:act-bsdlzt","templateId":"wb"}',
    { part: "actions", role: "action", key: "action:act-bsdlzt", groupId: "wb" },
  ],
  // A tidy copy: its grid, the copies of the notes (FigJam ids hold a colon) and the tray.
  [
    '{"schemaVersion":1,"role":"tidy-journey-frame","key":"tidy:journey-frame","templateId":"wb"}',
    { part: "tidy", role: "journey-frame", key: "journey-frame", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-title","key":"tidy:title","templateId":"wb"}',
    { part: "tidy", role: "title", key: "title", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-header-card","key":"tidy:header-card","templateId":"wb"}',
    { part: "tidy", role: "header-card", key: "header-card", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-stage-header","key":"tidy:stage-header:0","templateId":"wb"}',
    { part: "tidy", role: "stage-header", key: "stage-header:0", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-lane-label","key":"tidy:lane-label:step","templateId":"wb"}',
    { part: "tidy", role: "lane-label", key: "lane-label:step", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-cell","key":"tidy:cell:0:step","templateId":"wb"}',
    { part: "tidy", role: "cell", key: "cell:0:step", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-legend-title","key":"tidy:legend-title","templateId":"wb"}',
    { part: "tidy", role: "legend-title", key: "legend-title", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-legend-swatch","key":"tidy:legend-swatch:stage-header","templateId":"wb"}',
    { part: "tidy", role: "legend-swatch", key: "legend-swatch:stage-header", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-parking-lot","key":"tidy:parking-lot","templateId":"wb"}',
    { part: "tidy", role: "parking-lot", key: "parking-lot", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-note","key":"tidy:note:note-1","templateId":"wb"}',
    { part: "tidy", role: "tidy-note", key: "tidy-note:note-1", groupId: "wb" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-note","key":"tidy:note:12:7","templateId":"wb-2"}',
    { part: "tidy", role: "tidy-note", key: "tidy-note:12:7", groupId: "wb-2" },
  ],
  [
    '{"schemaVersion":1,"role":"tidy-tray","key":"tidy:tray","templateId":"wb"}',
    { part: "tidy", role: "tidy-tray", key: "tidy-tray", groupId: "wb" },
  ],
];

describe("readMark", () => {
  it.each(VERSION_1)("upgrades the version-1 mark %s", (stored, upgraded) => {
    expect(readMark(JSON.parse(stored))).toEqual({ schemaVersion: 2, ...upgraded });
  });

  it("reads the newest version as it is written", () => {
    const mark = appMark("curve", { role: "emotion-line", from: 2, to: 4 }, "wb");
    expect(mark).toEqual({
      schemaVersion: APP_MARK_SCHEMA_VERSION,
      part: "curve",
      role: "emotion-line",
      key: "emotion-line:2:4",
      groupId: "wb",
    });
    expect(readMark(JSON.parse(JSON.stringify(mark)))).toEqual(mark);
  });

  it("keeps an old mark it cannot read as the app's, with its key and group", () => {
    const unknown = { schemaVersion: 2, part: "unknown", role: "unknown" };
    expect(
      readMark({ schemaVersion: 1, role: "test", key: "k-1", templateId: "t-contract" }),
    ).toEqual({ ...unknown, key: "k-1", groupId: "t-contract" });
    // A known role whose key is not that role's is not guessed at either.
    expect(
      readMark({ schemaVersion: 1, role: "stage-summary", key: "summary:x", templateId: "wb" }),
    ).toEqual({ ...unknown, key: "summary:x", groupId: "wb" });
    expect(readMark({ schemaVersion: 1, role: "cell" })).toEqual({
      ...unknown,
      key: "",
      groupId: "",
    });
  });

  it("keeps a mark of a newer version as the app's, and changes nothing in it", () => {
    const newer = { schemaVersion: 7, part: "ribbon", key: "ribbon:3", groupId: "wb" };
    expect(readMark(newer)).toEqual({
      schemaVersion: 2,
      part: "unknown",
      role: "unknown",
      key: "ribbon:3",
      groupId: "wb",
    });
  });

  it("refuses a version-2 mark whose role is not its part's or not its key's", () => {
    const base = { schemaVersion: 2, groupId: "wb" };
    expect(readMark({ ...base, part: "summaries", role: "cell", key: "cell:0:pain" })?.role).toBe(
      "unknown",
    );
    expect(readMark({ ...base, part: "template", role: "cell", key: "stage-header:0" })?.role).toBe(
      "unknown",
    );
  });

  it("returns null for what is not a mark", () => {
    for (const raw of [null, 1, "mark", [], {}, { role: "cell", key: "cell:0:pain" }]) {
      expect(readMark(raw)).toBeNull();
    }
    expect(readMark({ schemaVersion: 0, role: "cell" })).toBeNull();
    expect(readMark({ schemaVersion: "1", role: "cell" })).toBeNull();
    expect(readMark({ schemaVersion: 1.5 })).toBeNull();
  });
});
