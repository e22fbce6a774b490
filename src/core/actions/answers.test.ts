import { describe, expect, it } from "vitest";
import { JOURNEY_SCHEMA_VERSION, type Journey } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import { EMPTY_HEADER } from "../model/workshop-header";
import { answerContext, answersOf } from "./answers";
import { listActions } from "./list-actions";

interface Written {
  id: string;
  stage: number;
  lane: LaneKind;
  text: string;
  /** Across the stage (x, or y in a journey running down), from the stage's start. */
  at: number;
  links?: string[];
}

const STAGE = 1000;

/** A journey of three stages with the notes written where given; lanes stacked downwards. */
function journey(written: readonly Written[], vertical = false): Journey {
  const laneOrder: LaneKind[] = ["pain", "opportunity", "action"];
  const notes: Note[] = written.map((w, i) => {
    const across = w.stage * STAGE + w.at;
    const along = laneOrder.indexOf(w.lane) * 300 + (i % 2) * 10;
    return {
      id: w.id,
      text: w.text,
      colour: null,
      rawColour: null,
      colourDistance: 0,
      x: vertical ? along : across,
      y: vertical ? across : along,
      width: 200,
      height: 200,
      itemKind: "sticky",
      parentId: null,
      ...(w.links ? { links: w.links } : {}),
    };
  });
  return {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    ...(vertical ? { orientation: "vertical" as const } : {}),
    header: EMPTY_HEADER,
    stages: [0, 1, 2].map((s) => ({
      title: `S${s}`,
      band: { start: s * STAGE, end: (s + 1) * STAGE },
    })),
    lanes: laneOrder.map((kind) => ({ kind, title: null, band: null })),
    notes,
    placements: written.map((w) => ({
      noteId: w.id,
      stage: w.stage,
      lane: w.lane,
      confidence: 0.9,
    })),
    unplaced: [],
  };
}

/** What the action of id `act` answers, on a journey of the notes given. */
function answers(written: readonly Written[], vertical = false): string[] {
  const j = journey(written, vertical);
  const action = written.find((w) => w.id === "act") as Written;
  return answersOf({ text: action.text, stage: action.stage, noteIds: ["act"] }, answerContext(j));
}

const pain = (id: string, text: string, at: number, stage = 0): Written => ({
  id,
  stage,
  lane: "pain",
  text,
  at,
});
const act = (text: string, at = 700, stage = 0, links?: string[]): Written => ({
  id: "act",
  stage,
  lane: "action",
  text,
  at,
  ...(links ? { links } : {}),
});

describe("answersOf", () => {
  it.each([
    ["en", "Long wait at the checkout", "Rude staff", "Open more checkouts at lunch"],
    ["sv", "Lång väntetid", "Krångligt avtal", "Ring upp så att kunden slipper vänta"],
    ["sv", "Otydligt pris", "Krångligt avtal", "Visa totalpris tidigt"],
    ["da", "Lang kø ved kassen", "Uvenligt personale", "Åbn flere kasser når køen er lang"],
    [
      "da",
      "Lang ventetid i telefonen",
      "Svært at finde åbningstider",
      "Ring tilbage, så ingen venter",
    ],
  ])("links a pain sharing a meaningful word in the same stage (%s: %s)", (_, hit, miss, text) => {
    expect(answers([pain("p1", miss, 0), pain("p2", hit, 250), act(text)])).toEqual([hit]);
  });

  it.each([
    ["en", "The customer has to wait too long", "Give the customer a discount"],
    ["sv", "Kunden får vänta länge", "Kunden får en rabatt"],
    ["da", "Kunden skal vente længe", "Kunden får en rabat"],
  ])("takes no stop word, the customer or a judgement for a shared subject (%s)", (_, p, a) => {
    expect(answers([pain("p1", p, 0), act(a)])).toEqual([]);
  });

  it("takes words for evidence only within the action's stage", () => {
    expect(answers([pain("p1", "Checkout is slow", 0, 1), act("Redesign the checkout")])).toEqual(
      [],
    );
  });

  it.each([
    ["en", "Rude staff", "Long wait", "Train the team"],
    ["sv", "Otrevlig personal", "Lång väntetid", "Utbilda teamet"],
    ["da", "Uvenligt personale", "Lang ventetid", "Uddan holdet"],
  ])("links the one pain whose note the action stands right under (%s)", (_, p1, p2, text) => {
    const pains = [pain("p1", p1, 0), pain("p2", p2, 500)];
    expect(answers([...pains, act(text, 520)])).toEqual([p2]);
    expect(answers([...pains, act(text, 260)])).toEqual([]);
  });

  it("heeds the place only where nothing else names a pain", () => {
    const pains = [pain("p1", "Rude staff", 0), pain("p2", "Long wait", 500)];
    expect(answers([...pains, act("Train the staff", 520)])).toEqual(["Rude staff"]);
  });

  it("takes no place for evidence where two pains stand in the action's column", () => {
    const stacked = [pain("p1", "Rude staff", 0), pain("p2", "Long wait", 20)];
    expect(answers([...stacked, act("Train the team", 10)])).toEqual([]);
  });

  it("reads the place across the stage of a journey running down", () => {
    const pains = [pain("p1", "Rude staff", 0), pain("p2", "Long wait", 500)];
    expect(answers([...pains, act("Train the team", 520)], true)).toEqual(["Long wait"]);
  });

  it.each([
    ["en", "Long wait", "Train the team"],
    ["sv", "Lång väntetid", "Utbilda personalen"],
    ["da", "Lang ventetid", "Uddan personalet"],
  ])("links a pain a connector joins the action to, in any stage (%s)", (_, text, action) => {
    const written = [pain("p1", "Something else", 0), pain("p2", text, 0, 2)];
    expect(answers([...written, act(action, 700, 0, ["p2"])])).toEqual([text]);
  });

  it.each([
    ["en", "Long wait at the checkout", "Train the team (re: long wait)"],
    ["en", "Long wait at the checkout", "Train the team → Long wait at the checkout"],
    ["sv", "Lång väntetid", "Utbilda personalen mot ”Lång väntetid”"],
    ["sv", "Lång väntetid", "Utbilda personalen\nang: lång väntetid"],
    ["da", "Lang ventetid", "Uddan personalet, vedr.: lang ventetid"],
    ["da", "Lang ventetid", "Uddan personalet «Lang ventetid»"],
  ])("links a pain the action names (%s: %s)", (_, text, action) => {
    const written = [pain("p1", "Rude staff", 0), pain("p2", text, 250, 1)];
    expect(answers([...written, act(action)])).toEqual([text]);
  });

  it.each([
    ["#2 Rude staff", "Train the team → #2"],
    ["2. Oförskämd personal", "Utbilda personalen, re: 2"],
    ["Uvenligt personale #2", "Uddan personalet #2"],
  ])("links a pain by the number written on it (%s)", (text, action) => {
    const written = [pain("p1", "#1 Long wait", 0), pain("p2", text, 250, 2)];
    expect(answers([...written, act(action)])).toEqual([text]);
  });

  it("reads a number at the start of an action as the action's own, not a pain's", () => {
    const written = [pain("p1", "#1 Long wait", 0), pain("p2", "#2 Rude staff", 250)];
    expect(answers([...written, act("#2 Train the team")])).toEqual([]);
  });

  it("lists, where only words speak, the pains sharing the most: ties all, the rest none", () => {
    const router = [
      pain("p1", "The guide is for an old router", 0),
      pain("p2", "The router arrived after the move", 250),
    ];
    expect(answers([...router, act("Router delivered before the move")])).toEqual([
      "The router arrived after the move",
    ]);
    expect(answers([...router, act("Send the router in advance")])).toEqual([
      "The guide is for an old router",
      "The router arrived after the move",
    ]);
  });

  /** "move" is what this whole journey is about: notes in all three stages use it. */
  const moving = (second: Written): Written[] => [
    pain("p1", "The router arrived after the move", 0),
    second,
    pain("p3", "Moving date cannot be changed", 0, 1),
    pain("p4", "Double bill for the month we moved", 0, 2),
  ];

  it("takes a word the notes of every stage use for no evidence on its own", () => {
    const theme = moving(pain("p2", "No internet for three days", 250));
    expect(answers([...theme, act("Mobile broadband as a backup during the move")])).toEqual([]);
    expect(answers([...theme, act("Mobile internet during the move")])).toEqual([
      "No internet for three days",
    ]);
    // With a word of its own, the theme tells apart two pains sharing it.
    const guide = pain("p5", "The guide is for an old router", 500);
    expect(answers([...theme, guide, act("Router delivered before the move")])).toEqual([
      "The router arrived after the move",
    ]);
  });

  it("takes a compound holding the theme for the theme ('flyttguide' against 'flytten')", () => {
    const theme = [
      pain("p1", "Flytten strular", 0),
      pain("p2", "Flyttdagen går inte att ändra", 0, 1),
      pain("p3", "Dubbel faktura månaden vi flyttade", 0, 2),
    ];
    expect(answers([...theme, act("Flyttguide i appen")])).toEqual([]);
    expect(answers([...theme, act("Påminn om flytten")])).toEqual([]);
  });

  it("takes no theme from what the team proposes, however often it proposes it", () => {
    const written = [
      pain("p1", "Router arrived late", 0),
      { ...act("Router tracking by text", 700, 1), id: "a1" },
      { ...act("Router spare at the shop", 700, 2), id: "a2" },
      act("Ship the router earlier"),
    ];
    expect(answers(written)).toEqual(["Router arrived late"]);
  });

  it("lets the place pick only among the pains sharing the theme, where some do", () => {
    const theme = moving(pain("p2", "No one knew when the technician would come", 500));
    // Under the technician, speaking of the move: the two disagree, so it answers neither.
    expect(answers([...theme, act("Mobile broadband during the move", 520)])).toEqual([]);
    expect(answers([...theme, act("Mobile broadband during the move", 20)])).toEqual([
      "The router arrived after the move",
    ]);
  });

  it("weighs words among the pains only words name, beside the pains a connector names", () => {
    const written = [
      pain("p1", "Router manual is confusing", 0),
      pain("p2", "Router arrived after the move", 250),
      pain("p3", "Invoice is wrong", 0, 2),
    ];
    expect(answers([...written, act("Router delivered before the move", 700, 0, ["p3"])])).toEqual([
      "Invoice is wrong",
      "Router arrived after the move",
    ]);
  });

  it("answers none where nothing on the board says which pain it answers", () => {
    const written = [pain("p1", "Long wait", 0), pain("p2", "Rude staff", 250)];
    expect(answers([...written, act("Hire a new CEO")])).toEqual([]);
  });

  it("orders by strength of evidence, then by how often a pain was written; three at most", () => {
    const written = [
      pain("p1", "Checkout queue", 0),
      pain("p2", "Checkout crashes", 20),
      pain("p3", "Checkout crashes", 40),
      pain("p4", "Checkout screen unreadable", 60),
      pain("p5", "Checkout price wrong", 80),
      pain("p6", "Parking", 900, 1),
    ];
    expect(answers([...written, act("Rebuild the checkout", 500, 0, ["p6"])])).toEqual([
      "Parking",
      "Checkout crashes",
      "Checkout queue",
    ]);
  });
});

describe("listActions' answers", () => {
  it("gives each action what its notes answer: a group's notes and links count together", () => {
    const written = [
      pain("p1", "Long wait", 0),
      pain("p2", "Rude staff", 250),
      act("Train the team", 700, 0, ["p2"]),
      { ...act("Train the team!", 720), id: "act2" },
    ];
    const planned = listActions(journey(written), "en").actions.filter(
      (a) => a.status === "planned",
    );
    expect(planned.map((a) => [a.title, a.answers])).toEqual([["Train the team", ["Rude staff"]]]);
  });
});
