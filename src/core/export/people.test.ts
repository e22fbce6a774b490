import { describe, expect, it } from "vitest";
import type { Action } from "../actions/action-schema";
import { assigneeOf, PeopleFileSchema, peopleOf, unassignedOwners } from "./people";

const owned = (owner: string | null): Action => ({
  id: "a",
  title: "t",
  status: "planned",
  stage: 0,
  stageTitle: "Köp",
  answers: [],
  owner,
  due: null,
  priority: null,
  votes: 1,
  noteIds: [],
});

const file = PeopleFileSchema.parse({
  schemaVersion: 1,
  people: {
    "@Lina": { email: "lina@example.com", github: "lina-s", linear: "Lina Svensson" },
    søren: { email: "soren@example.dk" },
  },
});
const found = peopleOf(file);
const people = "people" in found ? found.people : undefined;

describe("people", () => {
  it("gives each tracker its identity: email, GitHub login, Linear name (else email)", () => {
    expect(assigneeOf(owned("lina"), people, "jira")).toBe("lina@example.com");
    expect(assigneeOf(owned("LINA"), people, "asana")).toBe("lina@example.com");
    expect(assigneeOf(owned("Lina"), people, "azure")).toBe("lina@example.com");
    expect(assigneeOf(owned("lina"), people, "github")).toBe("lina-s");
    expect(assigneeOf(owned("lina"), people, "linear")).toBe("Lina Svensson");
    expect(assigneeOf(owned("Søren"), people, "linear")).toBe("soren@example.dk");
  });

  it("assigns nobody without a map, an owner, or an identity for the tracker", () => {
    expect(assigneeOf(owned("lina"), undefined, "jira")).toBeNull();
    expect(assigneeOf(owned(null), people, "jira")).toBeNull();
    expect(assigneeOf(owned("søren"), people, "github")).toBeNull();
    expect(assigneeOf(owned("okänd"), people, "jira")).toBeNull();
  });

  it("lists the owners a map leaves unassigned in a tracker, once each, sorted", () => {
    const actions = [owned("søren"), owned("okänd"), owned("lina"), owned("okänd"), owned(null)];
    expect(unassignedOwners(actions, people ?? new Map(), "github")).toEqual(["okänd", "søren"]);
    expect(unassignedOwners(actions, people ?? new Map(), "jira")).toEqual(["okänd"]);
  });

  it("refuses a file naming one handle twice in different case", () => {
    const twice = PeopleFileSchema.parse({ schemaVersion: 1, people: { lina: {}, "@LINA": {} } });
    expect(peopleOf(twice)).toEqual({ clash: ["lina", "@LINA"] });
  });

  it("takes only an email as email and a GitHub login as github", () => {
    const bad = (person: object) =>
      PeopleFileSchema.safeParse({ schemaVersion: 1, people: { lina: person } }).success;
    expect(bad({ email: "lina(at)example.com" })).toBe(false);
    expect(bad({ github: "-lina" })).toBe(false);
    expect(bad({ github: "a".repeat(40) })).toBe(false);
    expect(bad({ github: "lina-s", email: "l@x.se" })).toBe(true);
  });
});
