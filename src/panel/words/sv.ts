import { LANE_TITLES } from "../../core/template/template-labels";
import { counted } from "../../core/text/counted";
import type { PanelWords } from "./panel-words";

const lappar = (count: number) => counted(count, "lapp", "lappar");

/** Panelen på svenska, med mallens och sammanfattningarnas ord (fas, rad, lapp, tavla). */
export const sv: PanelWords = {
  panel: { language: "Panelens språk", tasks: "Uppgifter" },
  tabs: { start: "Starta en workshop", analyse: "Analysera", export: "Exportera" },
  start: {
    heading: "Starta en workshop",
    intro: "Lägger en mall för kundresan på tavlan, där det finns plats.",
    title: "Titel",
    goal: "Mål",
    scopeStart: "Resan börjar med",
    scopeEnd: "Resan slutar med",
    persona: "Persona",
    participants: "Deltagare",
    participantsHint: "Skilj namnen åt med kommatecken eller nya rader.",
    stages: "Faser",
    stagesHint: "En per rad, i den ordning kunden går igenom dem.",
    lanes: "Rader i kartan",
    lanesFromPreset: "Använd en färdig mall",
    lanesOwn: "Välj rader själv",
    preset: "Mall",
    ownLanesHint: "Raderna hamnar uppifrån och ned i den här ordningen.",
    templateLanguage: "Mallens språk",
    place: "Lägg ut mallen",
    fixFields: "Kontrollera de markerade fälten nedan.",
  },
  problems: {
    tooLong: (max) => `Högst ${max} tecken.`,
    noStages: "En kundresa behöver minst en fas.",
    tooManyStages: (count, max) =>
      `Högst ${max} faser får plats på en läsbar tavla; nu är det ${count}.`,
    stageTooLong: (stage, max) => `Fas ${stage} har för långt namn: högst ${max} tecken.`,
    tooManyParticipants: (count, max) => `Högst ${max} deltagare; nu är det ${count}.`,
    participantTooLong: (name, max) => `Namnet ”${name}” är för långt: högst ${max} tecken.`,
    noLanes: "Välj minst en rad.",
  },
  analyse: {
    heading: "Analysera tavlan",
    scope: "Vad ska analyseras?",
    scopeBoard: "Hela tavlan",
    scopeSelection: "Markeringen",
    selected: (count) => `(${counted(count, "markerad", "markerade")})`,
    scopeFrame: "En ram eller sektion",
    frame: "Ram eller sektion",
    noFrames: "Tavlan har inga ramar eller sektioner.",
    untitledFrame: (position) => `Ram utan namn ${position}`,
    journey: "Kundresa",
    untitledJourney: (position) => `Kundresa ${position}`,
    journeys: (count) =>
      `Tavlan rymmer ${count} kundresor. Förhandsvisningen, det som skrivs på tavlan och exporten gäller den som är vald ovan.`,
    run: "Analysera",
    runAgain: "Analysera igen",
    stale:
      "Tavlan eller ditt val har ändrats sedan förhandsvisningen. Analysera igen för att uppdatera den.",
    result: (notes, stages) => `${lappar(notes)} i ${counted(stages, "fas", "faser")}.`,
    empty: "Inga lappar hittades här.",
    tableCaption: "Lappar per fas och rad",
    lane: "Rad",
    noLane: "Ingen rad",
    stage: (index) => `Fas ${index + 1}`,
    uncertainCell: (count) => counted(count, "osäker", "osäkra"),
    uncertain: (count) =>
      `${count} ${count === 1 ? "placering är osäker" : "placeringar är osäkra"} (märkta ?): kontrollera dem på tavlan.`,
    outsideStages: (count) =>
      `${lappar(count)} ligger utanför faserna (till exempel på parkeringen).`,
    hotspot: "Hotspot",
    feelings: "Känsla per fas",
    feelingSteps: ["Mycket negativ", "Negativ", "Neutral", "Positiv", "Mycket positiv"],
    feelingUnknown: "Okänd",
    unplaced: (count) => `Inte placerade (${count})`,
    noneUnplaced: "Alla lappar fick en plats.",
    structure: (count) =>
      `${lappar(count)} hör till tavlans struktur (fasrubriker, radetiketter, teckenförklaring) och räknas inte som problem.`,
    showNote: "Visa på tavlan: ",
    emptyNote: "(tom lapp)",
    noPosition: "Tavlan anger ingen position för lappen, så den kan inte placeras.",
    where: {
      "no-stages": "Tavlan har inga faser att placera lappen i",
      outside: "Lappen ligger utanför alla faser",
    },
    clause: (clause, colour) =>
      ({
        "no-colour": ", och den har ingen färg att läsa en rad från.",
        "stage-header-colour": `, och dess färg (${colour}) markerar fasrubriker.`,
        "meaningless-colour": `, och dess färg (${colour}) betyder ingenting i teckenförklaringen.`,
        "no-lane": `, och dess färg (${colour}) hör inte till någon rad i teckenförklaringen.`,
      })[clause],
    writeLanguage: "Språk för det som skrivs på tavlan",
    writeHeading: "Skriv på tavlan",
    parts: {
      summaries: "Skriv sammanfattningar",
      actions: "Skriv åtgärdslistan",
      curve: "Rita känslokurvan",
      tidy: "Gör en städad kopia",
    },
  },
  legend: {
    heading: "Teckenförklaring",
    source: {
      saved: "Tavlans sparade val.",
      board: "Förklaringen som finns på tavlan.",
      default: "Standardförklaringen: tavlan har ingen egen.",
    },
    help: "Ändra vad en färg betyder: valet sparas på tavlan för alla, och lapparna läses om direkt.",
    meaningOf: (colour) => `Betydelse för ${colour}`,
    brokenSaved:
      "Tavlan hade en sparad förklaring som inte gick att läsa, så den användes inte. Ändra en färg för att spara en ny.",
  },
  exporting: {
    heading: "Exportera",
    needsAnalysis: "Exporten görs från en analys. Analysera tavlan först.",
    analyseNow: "Analysera hela tavlan",
    target: "Format",
    targets: {
      jira: { label: "Jira (CSV)", description: "Ärenden för Jiras CSV-import, ett per åtgärd." },
      linear: { label: "Linear (CSV)", description: "Ärenden för Linears CSV-import." },
      asana: {
        label: "Asana (CSV)",
        description: "Uppgifter för Asanas CSV-import, en sektion per fas.",
      },
      azure: {
        label: "Azure DevOps (CSV)",
        description: "Arbetsobjekt för CSV-importen i Azure Boards.",
      },
      github: {
        label: "GitHub-ärenden (JSON)",
        description: "Ärendetexter för GitHubs REST-API, ett per åtgärd.",
      },
      "gh-script": {
        label: "Skript för GitHub CLI",
        description: "Ett skalskript med gh issue create; kör det i repot.",
      },
      checklist: {
        label: "Checklista (Markdown)",
        description: "Åtgärderna som en checklista, fas för fas.",
      },
      actions: {
        label: "Åtgärdslista (JSON)",
        description: "Åtgärderna som data, med ägare, datum och prioritet.",
      },
      markdown: {
        label: "Rapport (Markdown)",
        description: "Hela kundresan som en rapport som är lätt att läsa på GitHub.",
      },
      json: { label: "Kundresa (JSON)", description: "Kundresan som data, för andra verktyg." },
      stories: {
        label: "Användarberättelser (text)",
        description: "Användarberättelser utifrån smärtpunkter och möjligheter, en per rad.",
      },
    },
    preview: "Början av filen",
    moreLines: (count) => `… och ${count} ${count === 1 ? "rad" : "rader"} till`,
    empty: "Filen är tom.",
    download: "Ladda ned",
    copy: "Kopiera",
  },
  task: {
    running: {
      start: "Lägger ut mallen",
      analyse: "Analyserar",
      summaries: "Skriver sammanfattningar",
      actions: "Skriver åtgärdslistan",
      curve: "Ritar känslokurvan",
      tidy: "Gör en städad kopia",
    },
    progress: (done, total) => `${done} av ${total}`,
    cancel: "Avbryt",
  },
  report: {
    templatePlaced: (items) => `Mallen är utlagd: ${items} objekt.`,
    templateAlreadyThere: "Den här mallen finns redan komplett på tavlan; nu syns den.",
    written: {
      summaries: (stages) =>
        `Skrev ${stages} ${stages === 1 ? "fassammanfattning" : "fassammanfattningar"} och en rubrik`,
      actions: () => "Skrev åtgärdslistan",
      curve: () => "Ritade känslokurvan",
      tidy: () => "Gjorde en städad kopia",
    },
    changes: (created, updated, removed) =>
      `${counted(created, "ny", "nya")}, ${counted(updated, "ändrad", "ändrade")}, ${counted(removed, "borttagen", "borttagna")}.`,
    nothingToChange: "Inget att ändra: tavlan visar redan detta.",
    analysed: (placed, unplaced) =>
      `Analysen är klar: ${counted(placed, "lapp placerad", "lappar placerade")}, ${counted(unplaced, "inte placerad", "inte placerade")}.`,
    stopped: "Stoppat. Det som redan skrivits finns kvar; kör igen för att slutföra.",
    legendSaved: (colour, meaning) =>
      `Sparat för tavlan: ${colour} betyder nu ”${meaning}”. Tavlan är analyserad igen.`,
    copied: "Kopierat till urklipp.",
    copyRefused: "Webbläsaren tillät inte kopiering till urklipp. Använd Ladda ned i stället.",
    downloaded: (fileName) => `Laddade ned ${fileName}.`,
  },
  errors: {
    "not-app-owned":
      "journey-mapper ändrar bara det den själv har skapat, och det här hade ändrat någon annans lapp. Inget ändrades. Analysera igen och försök en gång till.",
    "missing-item":
      "Något som panelen räknade med finns inte längre på tavlan (någon kan ha tagit bort det). Analysera igen och försök en gång till.",
    "holds-user-items":
      "En ram som journey-mapper har skapat innehåller nu andras lappar, så den fick vara kvar. Flytta ut lapparna ur ramen och kör igen.",
    timeout:
      "Tavlan svarade inte i tid. Kontrollera att tavlan fortfarande är öppen och försök igen.",
    "board-unavailable":
      "Tavlan svarar inte just nu (eller ber appen att sakta ner). Vänta en minut och försök sedan igen.",
    "invalid-template":
      "Mallen kunde inte ta emot de här värdena. Kontrollera fälten och försök igen.",
    "empty-selection": "Inget är markerat. Markera lappar på tavlan, eller analysera hela tavlan.",
    "no-frame": "Det finns ingen ram eller sektion att analysera. Analysera hela tavlan i stället.",
    "language-unavailable":
      "Det andra språket kunde inte laddas, så panelen fortsätter på svenska. Kontrollera anslutningen och välj språket igen.",
    "export-unavailable": "Exporten kunde inte laddas. Kontrollera anslutningen och försök igen.",
    "analysis-unavailable": "Analysen kunde inte laddas. Kontrollera anslutningen och försök igen.",
    "incomplete-write": (done, total, unmarked) =>
      `Tavlan slutade ta emot ändringar. ${done} av ${total} ändringar gjordes; kör samma sak igen så blir det klart.${unmarked > 0 ? ` ${counted(unmarked, "nytt objekt", "nya objekt")} gick inte att ta bort när det stannade och räknas inte längre som appens: ta bort de extra kopiorna själv.` : ""}`,
    unknown: (message) =>
      `Något gick fel${message ? `: ${message}` : ""}. Försök igen; om det fortsätter, ladda om panelen.`,
  },
  // The lane titles the template writes; the parking lot named by what it holds.
  lanes: { ...LANE_TITLES.sv, question: "Frågor" },
  meanings: { "stage-header": "Fasrubrik", none: "Ingen betydelse" },
  colours: {
    gray: "grå",
    light_yellow: "ljusgul",
    yellow: "gul",
    orange: "orange",
    light_green: "ljusgrön",
    green: "grön",
    dark_green: "mörkgrön",
    cyan: "turkos",
    light_pink: "ljusrosa",
    pink: "rosa",
    violet: "lila",
    red: "röd",
    light_blue: "ljusblå",
    blue: "blå",
    dark_blue: "mörkblå",
    black: "svart",
    white: "vit",
    teal: "blågrön",
  },
};
