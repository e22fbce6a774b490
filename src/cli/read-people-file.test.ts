import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readPeopleFile } from "./read-people-file";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-people-"));
});

/** The one-line error a people file's content gets. */
async function errorOf(content: string): Promise<string> {
  await writeFile(join(dir, "people.json"), content);
  try {
    await readPeopleFile("people.json", dir);
  } catch (error) {
    return (error as Error).message;
  }
  return "(read without an error)";
}

describe("readPeopleFile", () => {
  it("reads handles in any case, with or without @", async () => {
    await writeFile(
      join(dir, "ok.json"),
      JSON.stringify({ schemaVersion: 1, people: { "@Lina": { email: "lina@example.com" } } }),
    );
    const people = await readPeopleFile("ok.json", dir);
    expect([...people.entries()]).toEqual([["lina", { email: "lina@example.com" }]]);
  });

  it.each([
    ['{"schemaVersion":2,"people":{}}', "people.json: schemaVersion is 2; this version reads 1"],
    ['{"people":{}}', "people.json: schemaVersion is missing; this version reads 1"],
    [
      '{"schemaVersion":1}',
      'people.json: people is missing, not an object of handles like { "schemaVersion": 1, "people": { "lina": { "email": "lina@example.com", "github": "lina-s", "linear": "Lina Svensson" } } }',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":{"email":"lina(at)x"}}}',
      'people.json: people.lina.email is "lina(at)x", not an email address',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":{"mail":"l@x.se"}}}',
      'people.json: unknown field "mail" in people.lina (allowed: email, github, linear)',
    ],
    [
      '{"schemaVersion":1,"people":{},"team":"x"}',
      'people.json: unknown field "team" (allowed: schemaVersion, people)',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":{"linear":""}}}',
      'people.json: people.lina.linear is "", not the person\'s name or email in Linear',
    ],
    [
      '{"schemaVersion":1,"people":{"an na":{}}}',
      'people.json: "an na" is not a handle as the board writes one (@ and letters, digits, . _ -)',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":{"github":"x\\u001b[31m"}}}',
      'people.json: people.lina.github is "x\\u{1b}[31m", not a GitHub login (letters, digits and single hyphens, at most 39)',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":"l@x.se"}}',
      'people.json: people.lina is "l@x.se", not an object of email, github, linear',
    ],
    [
      '{"schemaVersion":1,"people":{"lina":{},"LINA":{}}}',
      'people.json: "lina" and "LINA" are one handle (case does not count); keep one',
    ],
  ])("refuses %s in one line that quotes what is wrong", async (content, message) => {
    const text = await errorOf(content);
    expect(text).toBe(message);
    expect(text.includes("\n") || text.includes("\u001b")).toBe(false);
  });

  it("shows what a whole file should look like when it is not an object", async () => {
    expect(await errorOf("[1]")).toMatch(
      /^people\.json: holds \[1\], not an object like \{ "schemaVersion": 1, "people": /,
    );
  });
});
