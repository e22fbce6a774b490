import { LANE_TITLES } from "../../core/template/template-labels";
import { counted } from "../../core/text/counted";
import type { PanelWords } from "./panel-words";

const sedler = (count: number) => counted(count, "seddel", "sedler");

/** Panelet på dansk, med skabelonens og opsummeringernes ord (fase, række, seddel, tavle). */
export const da: PanelWords = {
  panel: { language: "Panelets sprog", tasks: "Opgaver" },
  tabs: { start: "Start en workshop", analyse: "Analysér", export: "Eksportér" },
  start: {
    heading: "Start en workshop",
    intro: "Lægger en skabelon til kunderejsen på tavlen, hvor der er plads.",
    title: "Titel",
    goal: "Mål",
    scopeStart: "Rejsen begynder med",
    scopeEnd: "Rejsen slutter med",
    persona: "Persona",
    participants: "Deltagere",
    participantsHint: "Adskil navnene med kommaer eller nye linjer.",
    stages: "Faser",
    stagesHint: "Én pr. linje, i den rækkefølge kunden går igennem dem.",
    lanes: "Rækker i kortet",
    lanesFromPreset: "Brug en færdig skabelon",
    lanesOwn: "Vælg rækker selv",
    preset: "Skabelon",
    ownLanesHint: "Rækkerne kommer oppefra og ned i denne rækkefølge.",
    templateLanguage: "Skabelonens sprog",
    place: "Læg skabelonen ud",
    fixFields: "Tjek de markerede felter nedenfor.",
  },
  problems: {
    tooLong: (max) => `Højst ${max} tegn.`,
    noStages: "En kunderejse skal have mindst én fase.",
    tooManyStages: (count, max) =>
      `Højst ${max} faser kan være på en læsbar tavle; lige nu er der ${count}.`,
    stageTooLong: (stage, max) => `Fase ${stage} har et for langt navn: højst ${max} tegn.`,
    tooManyParticipants: (count, max) => `Højst ${max} deltagere; lige nu er der ${count}.`,
    participantTooLong: (name, max) => `Navnet ”${name}” er for langt: højst ${max} tegn.`,
    noLanes: "Vælg mindst én række.",
  },
  analyse: {
    heading: "Analysér tavlen",
    scope: "Hvad skal analyseres?",
    scopeBoard: "Hele tavlen",
    scopeSelection: "Markeringen",
    selected: (count) => `(${count} markeret)`,
    scopeFrame: "Én ramme eller sektion",
    frame: "Ramme eller sektion",
    noFrames: "Tavlen har ingen rammer eller sektioner.",
    untitledFrame: (position) => `Ramme uden navn ${position}`,
    journey: "Kunderejse",
    untitledJourney: (position) => `Kunderejse ${position}`,
    journeys: (count) =>
      `Tavlen rummer ${count} kunderejser. Forhåndsvisningen, det der skrives på tavlen, og eksporten gælder den, der er valgt ovenfor.`,
    run: "Analysér",
    runAgain: "Analysér igen",
    stale:
      "Tavlen eller dit valg er ændret siden forhåndsvisningen. Analysér igen for at opdatere den.",
    result: (notes, stages) => `${sedler(notes)} i ${counted(stages, "fase", "faser")}.`,
    empty: "Der blev ikke fundet nogen sedler her.",
    tableCaption: "Sedler pr. fase og række",
    lane: "Række",
    noLane: "Ingen række",
    stage: (index) => `Fase ${index + 1}`,
    uncertainCell: (count) => counted(count, "usikker", "usikre"),
    uncertain: (count) =>
      `${count} ${count === 1 ? "placering er usikker" : "placeringer er usikre"} (mærket ?): tjek dem på tavlen.`,
    outsideStages: (count) =>
      `${sedler(count)} ligger uden for faserne (for eksempel på parkeringspladsen).`,
    hotspot: "Hotspot",
    feelings: "Følelse pr. fase",
    feelingSteps: ["Meget negativ", "Negativ", "Neutral", "Positiv", "Meget positiv"],
    feelingUnknown: "Ukendt",
    unplaced: (count) => `Ikke placeret (${count})`,
    noneUnplaced: "Alle sedler fik en plads.",
    structure: (count) =>
      `${sedler(count)} hører til tavlens struktur (faseoverskrifter, rækkeetiketter, forklaring) og tælles ikke som problemer.`,
    showNote: "Vis på tavlen: ",
    emptyNote: "(tom seddel)",
    noPosition: "Tavlen angiver ingen position for sedlen, så den kan ikke placeres.",
    where: {
      "no-stages": "Tavlen har ingen faser at placere sedlen i",
      outside: "Sedlen ligger uden for alle faser",
    },
    clause: (clause, colour) =>
      ({
        "no-colour": ", og den har ingen farve at læse en række ud fra.",
        "stage-header-colour": `, og dens farve (${colour}) markerer faseoverskrifter.`,
        "meaningless-colour": `, og dens farve (${colour}) betyder ingenting i forklaringen.`,
        "no-lane": `, og dens farve (${colour}) hører ikke til nogen række i forklaringen.`,
      })[clause],
    writeLanguage: "Sprog for det, der skrives på tavlen",
    writeHeading: "Skriv på tavlen",
    parts: {
      summaries: "Skriv opsummeringer",
      actions: "Skriv handlingslisten",
      curve: "Tegn følelseskurven",
      tidy: "Lav en ryddet kopi",
    },
  },
  legend: {
    heading: "Signaturforklaring",
    source: {
      saved: "Tavlens gemte valg.",
      board: "Forklaringen, der står på tavlen.",
      default: "Standardforklaringen: tavlen har ingen egen.",
    },
    help: "Skift, hvad en farve betyder: valget gemmes på tavlen for alle, og sedlerne læses igen med det samme.",
    meaningOf: (colour) => `Betydning af ${colour}`,
    brokenSaved:
      "Tavlen havde en gemt forklaring, som ikke kunne læses, så den blev ikke brugt. Skift en farve for at gemme en ny.",
  },
  exporting: {
    heading: "Eksportér",
    needsAnalysis: "Eksporten laves ud fra en analyse. Analysér tavlen først.",
    analyseNow: "Analysér hele tavlen",
    target: "Format",
    targets: {
      jira: { label: "Jira (CSV)", description: "Opgaver til Jiras CSV-import, én pr. handling." },
      linear: { label: "Linear (CSV)", description: "Opgaver til Linears CSV-import." },
      asana: {
        label: "Asana (CSV)",
        description: "Opgaver til Asanas CSV-import, en sektion pr. fase.",
      },
      azure: {
        label: "Azure DevOps (CSV)",
        description: "Arbejdsemner til CSV-importen i Azure Boards.",
      },
      github: {
        label: "GitHub-issues (JSON)",
        description: "Issue-tekster til GitHubs REST-API, én pr. handling.",
      },
      "gh-script": {
        label: "Script til GitHub CLI",
        description: "Et shell-script med gh issue create; kør det i repositoriet.",
      },
      checklist: {
        label: "Tjekliste (Markdown)",
        description: "Handlingerne som en tjekliste, fase for fase.",
      },
      actions: {
        label: "Handlingsliste (JSON)",
        description: "Handlingerne som data, med ejer, dato og prioritet.",
      },
      markdown: {
        label: "Rapport (Markdown)",
        description: "Hele kunderejsen som en rapport, der er let at læse på GitHub.",
      },
      json: {
        label: "Kunderejse (JSON)",
        description: "Kunderejsen som data, til andre værktøjer.",
      },
      stories: {
        label: "Brugerhistorier (tekst)",
        description: "Brugerhistorier ud fra smertepunkter og muligheder, én pr. linje.",
      },
    },
    preview: "Begyndelsen af filen",
    moreLines: (count) => `… og ${count} ${count === 1 ? "linje" : "linjer"} mere`,
    empty: "Filen er tom.",
    download: "Download",
    copy: "Kopiér",
  },
  task: {
    running: {
      start: "Lægger skabelonen ud",
      analyse: "Analyserer",
      summaries: "Skriver opsummeringer",
      actions: "Skriver handlingslisten",
      curve: "Tegner følelseskurven",
      tidy: "Laver en ryddet kopi",
    },
    progress: (done, total) => `${done} af ${total}`,
    cancel: "Annullér",
  },
  report: {
    templatePlaced: (items) =>
      `Skabelonen er lagt ud: ${items} ${items === 1 ? "element" : "elementer"}.`,
    templateAlreadyThere: "Denne skabelon ligger allerede færdig på tavlen; nu kan du se den.",
    written: {
      summaries: (stages) =>
        `Skrev ${stages} ${stages === 1 ? "faseopsummering" : "faseopsummeringer"} og en overskrift`,
      actions: () => "Skrev handlingslisten",
      curve: () => "Tegnede følelseskurven",
      tidy: () => "Lavede en ryddet kopi",
    },
    changes: (created, updated, removed) =>
      `${counted(created, "ny", "nye")}, ${counted(updated, "ændret", "ændrede")}, ${counted(removed, "fjernet", "fjernede")}.`,
    nothingToChange: "Intet at ændre: tavlen viser allerede dette.",
    analysed: (placed, unplaced) =>
      `Analysen er færdig: ${sedler(placed)} placeret, ${unplaced} ikke placeret.`,
    stopped:
      "Stoppet. Det, der allerede er skrevet, bliver stående; kør igen for at gøre det færdigt.",
    legendSaved: (colour, meaning) =>
      `Gemt for tavlen: ${colour} betyder nu ”${meaning}”. Tavlen er analyseret igen.`,
    copied: "Kopieret til udklipsholderen.",
    copyRefused: "Browseren tillod ikke kopiering til udklipsholderen. Brug Download i stedet.",
    downloaded: (fileName) => `Downloadede ${fileName}.`,
  },
  errors: {
    "not-app-owned":
      "journey-mapper ændrer kun det, den selv har lavet, og dette ville have ændret en andens seddel. Intet blev ændret. Analysér igen, og prøv en gang til.",
    "missing-item":
      "Noget, panelet regnede med, er ikke længere på tavlen (nogen har måske slettet det). Analysér igen, og prøv en gang til.",
    "holds-user-items":
      "En ramme, som journey-mapper har lavet, indeholder nu andres sedler, så den blev stående. Flyt sedlerne ud af rammen, og kør igen.",
    timeout: "Tavlen svarede ikke i tide. Tjek, at tavlen stadig er åben, og prøv igen.",
    "board-unavailable":
      "Tavlen svarer ikke lige nu (eller beder appen om at sætte farten ned). Vent et minut, og prøv så igen.",
    "invalid-template":
      "Skabelonen kunne ikke tage imod disse værdier. Tjek felterne, og prøv igen.",
    "empty-selection": "Intet er markeret. Markér sedler på tavlen, eller analysér hele tavlen.",
    "no-frame": "Der er ingen ramme eller sektion at analysere. Analysér hele tavlen i stedet.",
    "language-unavailable":
      "Det andet sprog kunne ikke indlæses, så panelet bliver på dansk. Tjek forbindelsen, og vælg sproget igen.",
    "export-unavailable": "Eksporten kunne ikke indlæses. Tjek forbindelsen, og prøv igen.",
    "analysis-unavailable": "Analysen kunne ikke indlæses. Tjek forbindelsen, og prøv igen.",
    "incomplete-write": (done, total, unmarked) =>
      `Tavlen holdt op med at tage imod ændringer. ${done} af ${total} ændringer blev lavet; kør det samme igen, så bliver det færdigt.${unmarked > 0 ? ` ${counted(unmarked, "nyt element", "nye elementer")} kunne ikke fjernes, da det stoppede, og regnes ikke længere som appens: slet selv de ekstra kopier.` : ""}`,
    unknown: (message) =>
      `Noget gik galt${message ? `: ${message}` : ""}. Prøv igen; hvis det bliver ved, så genindlæs panelet.`,
  },
  // The lane titles the template writes; the parking lot named by what it holds.
  lanes: { ...LANE_TITLES.da, question: "Spørgsmål" },
  meanings: { "stage-header": "Faseoverskrift", none: "Ingen betydning" },
  colours: {
    gray: "grå",
    light_yellow: "lysegul",
    yellow: "gul",
    orange: "orange",
    light_green: "lysegrøn",
    green: "grøn",
    dark_green: "mørkegrøn",
    cyan: "turkis",
    light_pink: "lyserød",
    pink: "pink",
    violet: "lilla",
    red: "rød",
    light_blue: "lyseblå",
    blue: "blå",
    dark_blue: "mørkeblå",
    black: "sort",
    white: "hvid",
    teal: "blågrøn",
  },
};
