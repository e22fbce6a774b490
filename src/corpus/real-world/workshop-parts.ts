import type { NamedColourId } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import { NOTE_TEXTS } from "../vocabulary";
import type { Sketch } from "./sketch";

type Size = { width: number; height: number };

const PARKING: Record<Language, readonly string[]> = {
  en: ["Parking lot", "Parking lot 🅿️", "Open questions"],
  sv: ["Parkering", "Parkeringen 🅿️", "Öppna frågor"],
  da: ["Parkeringsplads", "Parkering 🅿️", "Åbne spørgsmål"],
};
const PERSONAS: Record<Language, readonly string[]> = {
  en: [
    "Persona: Maria, 38\nWorks full time, two kids. Wants to sort it out from her phone in the evening and hates waiting in queues.",
    "Persona: Tom, 67\nRetired, careful with money. Prefers to call and talk to a person before he decides anything.",
  ],
  sv: [
    "Persona: Maria, 38\nJobbar heltid, två barn. Vill fixa allt i mobilen på kvällen och avskyr att stå i telefonkö.",
    "Persona: Göran, 67\nPensionär, noga med pengarna. Ringer hellre och pratar med en människa innan han bestämmer sig.",
  ],
  da: [
    "Persona: Mette, 38\nArbejder fuld tid, to børn. Vil klare det hele på mobilen om aftenen og hader at vente i telefonkø.",
    "Persona: Jørgen, 67\nPensionist, passer på pengene. Ringer hellere og taler med et menneske, før han beslutter sig.",
  ],
};

/** A persona box, as the templates have above or beside the map. */
export function drawPersona(
  sketch: Sketch,
  language: Language,
  x: number,
  y: number,
  note: Size,
): void {
  sketch.add("shape", {
    text: sketch.random.pick(PERSONAS[language]),
    x,
    y,
    width: 3 * note.width,
    height: 1.2 * note.height,
    fill: "#FFFFFF",
    shape: "round_rectangle",
  });
}

/** Votes on a note: small dot stickies on Miro, stamps on FigJam, put on its upper half. */
export function drawVotes(sketch: Sketch, noteId: string, count: number): void {
  const note = sketch.items.find((item) => item.id === noteId);
  if (!note) return;
  const dot = Math.min(note.width, note.height) * sketch.random.between(0.15, 0.25);
  for (let k = 0; k < count; k++) {
    const x = note.x + note.width * 0.3 - k * dot * 1.1;
    const y = note.y - note.height * 0.25 + sketch.random.between(-0.05, 0.05) * note.height;
    if (sketch.platform === "miro") {
      const fill = sketch.random.pick(["miro:red", "miro:black", "miro:orange"] as const);
      sketch.structural({ x, y, width: dot, height: dot, fill: sketch.fill(fill) });
    } else {
      sketch.add("other", {
        platformType: "STAMP",
        text: sketch.random.pick(["+1", "thumbs_up", "heart"]),
        x,
        y,
        width: 48,
        height: 48,
      });
    }
  }
  sketch.vote(noteId, count);
}

/** A few open questions parked in a titled area: they belong to no stage. */
export function drawParkingLot(
  sketch: Sketch,
  language: Language,
  colour: NamedColourId,
  note: Size,
  left: number,
  top: number,
): void {
  const count = sketch.random.int(1, 4);
  const title = sketch.random.pick(PARKING[language]);
  parkQuestions(sketch, { title, count, language, colour, note, left, top });
}

/** Where a team parks open questions, what it calls the area, and how many it parked. */
export interface ParkedQuestions {
  title: string;
  count: number;
  language: Language;
  colour: NamedColourId;
  note: Size;
  left: number;
  top: number;
}

/** Draws a titled parking area with its questions in two columns, on no stage. */
export function parkQuestions(sketch: Sketch, parked: ParkedQuestions): void {
  const { random } = sketch;
  const { count, note, left, top } = parked;
  const width = 2.6 * note.width;
  const height = (Math.ceil(count / 2) + 0.6) * note.height * 1.2;
  sketch.add("shape", {
    text: parked.title,
    x: left + width / 2,
    y: top + height / 2,
    width,
    height,
    fill: "#FFFFFF",
  });
  for (let k = 0; k < count; k++) {
    sketch.content(
      "sticky",
      {
        text: random.pick(NOTE_TEXTS[parked.language].question),
        fill: sketch.fill(parked.colour),
        x: left + note.width * (0.2 + (k % 2) * 1.2) + note.width / 2,
        y: top + note.height * (0.6 + Math.floor(k / 2) * 1.2) + note.height / 2,
        width: note.width,
        height: note.height,
      },
      { journey: 0, stage: null, lane: "question" },
    );
  }
}

const COMMENTS: Record<Language, readonly string[]> = {
  en: ["!!", "see Jira #231", "Ask Lisa", "→ top priority", "true for B2B too"],
  sv: ["!!", "se Jira #231", "Kolla med Lisa", "→ högsta prio", "gäller även företag"],
  da: ["!!", "se Jira #231", "Spørg Lisa", "→ vigtigst", "gælder også erhverv"],
};

/**
 * What else a team leaves in the grid: a few words typed as text beside a note, and on FigJam
 * an emotion curve of connectors from feeling to feeling. Neither is a note.
 */
export function drawScribbles(sketch: Sketch, language: Language, notes: readonly string[]): void {
  const { random } = sketch;
  const byId = new Map(sketch.items.map((item) => [item.id, item]));
  for (let k = random.int(0, 2); k > 0 && notes.length > 0; k--) {
    const note = byId.get(random.pick(notes));
    if (!note) continue;
    sketch.add("text", {
      text: random.pick(COMMENTS[language]),
      x: note.x + random.between(-0.2, 0.2) * note.width,
      y: note.y + note.height * 0.62,
      width: note.width * 0.8,
      height: 40,
    });
  }
  if (sketch.platform !== "figjam" || !random.chance(0.5)) return;
  // One feeling per stage, left to right, joined up.
  const firsts = new Map<number, string>();
  for (const id of notes) {
    const truth = sketch.truth.get(id);
    if (truth?.lane === "emotion" && truth.stage !== null && !firsts.has(truth.stage))
      firsts.set(truth.stage, id);
  }
  const curve = [...firsts].sort((a, b) => a[0] - b[0]).map(([, id]) => byId.get(id));
  for (let i = 1; i < curve.length; i++) {
    const from = curve[i - 1];
    const to = curve[i];
    if (!from || !to) continue;
    sketch.add("connector", {
      x: (from.x + to.x) / 2,
      y: (from.y + to.y) / 2,
      width: Math.abs(to.x - from.x),
      height: Math.abs(to.y - from.y),
      ends: { from: from.id, to: to.id },
    });
  }
}
