import { type People, type PeopleFile, peopleOf } from "../../core/export/people";
import type { Journey } from "../../core/model/journey";
import { swedishJourney } from "../../fixtures/journeys";

/** 74 characters: a stage label GitHub refused with HTTP 422 before labels were shortened. */
export const LONG_STAGE =
  "Kunden jämför erbjudanden från flera försäljare och läser recensioner noga";
/** Shares its first 50 characters, as a label, with LONG_STAGE. */
export const TWIN_STAGE =
  "Kunden jämför erbjudanden från flera försäljare och ringer sedan upp dem";

/** A title of 300 characters, words of five letters. */
export const LONG_TITLE = Array.from({ length: 50 }, (_, i) => `ord${String(i).padStart(2, "0")}`)
  .join(" ")
  .slice(0, 299)
  .padEnd(300, "x");

/**
 * A journey that meets every tracker rule at once: every priority and none, owners in and out of
 * a people map (one written in capitals), a title longer than any tracker takes, Jira markup and
 * @mentions in the notes, labels too long for GitHub, a suggestion, and a due date.
 */
export function trackerJourney(): Journey {
  const journey = swedishJourney([
    [0, "pain", "Priset syns sent"],
    [0, "action", "Visa priset *tidigt* !hög @Lina due:2027-01-15"],
    [
      0,
      "action",
      "@søren fråga @kundtjänst om {kod} [länk] -gammal- h1. rubrik (y) :P C:\\temp &amp; !mellan",
    ],
    [1, "pain", "Lång väntetid"],
    [1, "action", `${LONG_TITLE} !låg @okänd`],
    [1, "opportunity", "Chatt i stället för kö"],
    [2, "pain", "Ingen leveransdag"],
  ]);
  const titles = ["Behov", LONG_STAGE, TWIN_STAGE];
  journey.stages = journey.stages.map((stage, i) => ({
    ...stage,
    title: titles[i] ?? stage.title,
  }));
  return journey;
}

/** A people map file as a team would write it: handles in any case, some trackers left out. */
const PEOPLE_FILE: PeopleFile = {
  schemaVersion: 1,
  people: {
    lina: { email: "lina@example.com", github: "lina-s", linear: "Lina Svensson" },
    "@Søren": { email: "soren@example.dk" },
  },
};

/** The people of `PEOPLE_FILE`, as the export takes them. */
export function trackerPeople(): People {
  const found = peopleOf(PEOPLE_FILE);
  if (!("people" in found)) throw new Error("the test people map names one person twice");
  return found.people;
}
