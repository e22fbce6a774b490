import { LANE_TITLES } from "../../core/template/template-labels";
import { counted } from "../../core/text/counted";
import type { PanelWords } from "./panel-words";

/** The panel in English. */
export const en: PanelWords = {
  panel: { language: "Panel language", tasks: "Tasks" },
  tabs: { start: "Start a workshop", analyse: "Analyse", export: "Export" },
  start: {
    heading: "Start a workshop",
    intro: "Places a journey template on the board, in free space.",
    title: "Title",
    goal: "Goal",
    scopeStart: "Journey starts with",
    scopeEnd: "Journey ends with",
    persona: "Persona",
    participants: "Participants",
    participantsHint: "Separate names with commas or new lines.",
    stages: "Stages",
    stagesHint: "One per line, in the order the customer goes through them.",
    lanes: "Lanes",
    lanesFromPreset: "Use a preset",
    lanesOwn: "Choose lanes myself",
    preset: "Preset",
    ownLanesHint: "Lanes go from top to bottom in this order.",
    templateLanguage: "Template language",
    place: "Place template",
    fixFields: "Check the fields marked below.",
  },
  problems: {
    tooLong: (max) => `At most ${max} characters.`,
    noStages: "A journey needs at least one stage.",
    tooManyStages: (count, max) =>
      `At most ${max} stages fit a readable board; there are ${count}.`,
    stageTooLong: (stage, max) => `Stage ${stage} is too long: at most ${max} characters.`,
    tooManyParticipants: (count, max) => `At most ${max} participants; there are ${count}.`,
    participantTooLong: (name, max) => `The name “${name}” is too long: at most ${max} characters.`,
    noLanes: "Choose at least one lane.",
  },
  analyse: {
    heading: "Analyse the board",
    scope: "What to analyse",
    scopeBoard: "Whole board",
    scopeSelection: "Selection",
    selected: (count) => `(${count} selected)`,
    scopeFrame: "One frame or section",
    frame: "Frame or section",
    noFrames: "The board has no frames or sections.",
    untitledFrame: (position) => `Untitled frame ${position}`,
    journey: "Journey",
    untitledJourney: (position) => `Journey ${position}`,
    journeys: (count) =>
      `The board holds ${count} journeys. The preview, writing back and export are for the one chosen above.`,
    run: "Analyse",
    runAgain: "Analyse again",
    stale: "The board or your choice has changed since this preview. Analyse again to update it.",
    result: (notes, stages) =>
      `${counted(notes, "note", "notes")} in ${counted(stages, "stage", "stages")}.`,
    empty: "No sticky notes were found here.",
    tableCaption: "Notes per stage and lane",
    lane: "Lane",
    noLane: "No lane",
    stage: (index) => `Stage ${index + 1}`,
    uncertainCell: (count) => `${count} uncertain`,
    uncertain: (count) =>
      `${counted(count, "placement is", "placements are")} uncertain (marked ?): check them on the board.`,
    outsideStages: (count) =>
      `${counted(count, "note lies", "notes lie")} outside the stages (a parking lot, for example).`,
    hotspot: "Hotspot",
    feelings: "Feeling per stage",
    feelingSteps: ["Very negative", "Negative", "Neutral", "Positive", "Very positive"],
    feelingUnknown: "Not known",
    unplaced: (count) => `Not placed (${count})`,
    noneUnplaced: "Every note has a place.",
    structure: (count) =>
      `${counted(count, "note is", "notes are")} the board's structure (stage headers, lane labels, legend) and not counted as problems.`,
    showNote: "Show on board: ",
    emptyNote: "(empty note)",
    noPosition: "The board gives it no position, so it cannot be placed.",
    where: {
      "no-stages": "The board has no stages to place it in",
      outside: "It lies outside every stage",
    },
    clause: (clause, colour) =>
      ({
        "no-colour": ", and it has no fill colour to read a lane from.",
        "stage-header-colour": `, and its colour (${colour}) marks stage headers.`,
        "meaningless-colour": `, and its colour (${colour}) means nothing in the legend.`,
        "no-lane": `, and its colour (${colour}) names no lane in the legend.`,
      })[clause],
    writeLanguage: "Language of what is written on the board",
    writeHeading: "Write onto the board",
    parts: {
      summaries: "Write summaries",
      actions: "Write the action list",
      curve: "Draw the feelings curve",
      tidy: "Make a tidy copy",
    },
  },
  legend: {
    heading: "Legend",
    source: {
      saved: "This board's saved choice.",
      board: "The legend drawn on the board.",
      default: "The default legend: the board has none of its own.",
    },
    help: "Change what a colour means: the choice is kept on this board for everyone, and the notes are read again at once.",
    meaningOf: (colour) => `Meaning of ${colour}`,
    brokenSaved:
      "The board kept a legend that could not be read, so it was not used. Change a colour to save a new one.",
  },
  exporting: {
    heading: "Export",
    needsAnalysis: "The export is made from an analysis. Analyse the board first.",
    analyseNow: "Analyse the whole board",
    target: "Format",
    targets: {
      jira: { label: "Jira (CSV)", description: "Issues for Jira's CSV importer, one per action." },
      linear: { label: "Linear (CSV)", description: "Issues for Linear's CSV import." },
      asana: {
        label: "Asana (CSV)",
        description: "Tasks for Asana's CSV import, a section per stage.",
      },
      azure: {
        label: "Azure DevOps (CSV)",
        description: "Work items for the CSV import of Azure Boards.",
      },
      github: {
        label: "GitHub issues (JSON)",
        description: "Issue bodies for GitHub's REST API, one per action.",
      },
      "gh-script": {
        label: "GitHub CLI script",
        description: "A shell script of gh issue create calls; run it in the repository.",
      },
      checklist: {
        label: "Checklist (Markdown)",
        description: "The actions as a checklist, by stage.",
      },
      actions: {
        label: "Action list (JSON)",
        description: "The actions as data, with owners, due dates and priorities.",
      },
      markdown: {
        label: "Report (Markdown)",
        description: "The whole journey as a report that reads well on GitHub.",
      },
      json: { label: "Journey (JSON)", description: "The journey as data, for other tools." },
      stories: {
        label: "User stories (text)",
        description: "User stories from the pains and opportunities, one per line.",
      },
    },
    preview: "Start of the file",
    moreLines: (count) => `… and ${counted(count, "more line", "more lines")}`,
    empty: "The file is empty.",
    download: "Download",
    copy: "Copy",
  },
  task: {
    running: {
      start: "Placing the template",
      analyse: "Analysing",
      summaries: "Writing summaries",
      actions: "Writing the action list",
      curve: "Drawing the feelings curve",
      tidy: "Making a tidy copy",
    },
    progress: (done, total) => `${done} of ${total}`,
    cancel: "Cancel",
  },
  report: {
    templatePlaced: (items) => `Template placed: ${counted(items, "item", "items")}.`,
    templateAlreadyThere: "This template is already on the board, complete; it is now in view.",
    written: {
      summaries: (stages) =>
        `Wrote ${counted(stages, "stage summary", "stage summaries")} and a headline`,
      actions: () => "Wrote the action list",
      curve: () => "Drew the feelings curve",
      tidy: () => "Made a tidy copy",
    },
    changes: (created, updated, removed) =>
      `${created} new, ${updated} changed, ${removed} removed.`,
    nothingToChange: "Nothing to change: the board already shows this.",
    analysed: (placed, unplaced) =>
      `Analysed: ${counted(placed, "note", "notes")} placed, ${unplaced} not placed.`,
    stopped: "Stopped. What was written stays; run it again to finish.",
    legendSaved: (colour, meaning) =>
      `Saved for this board: ${colour} now means “${meaning}”. The board was analysed again.`,
    copied: "Copied to the clipboard.",
    copyRefused: "The browser did not allow copying to the clipboard. Use Download instead.",
    downloaded: (fileName) => `Downloaded ${fileName}.`,
  },
  errors: {
    "not-app-owned":
      "journey-mapper only changes what it created, and this would have changed someone's own item. Nothing was changed. Analyse again, then try once more.",
    "missing-item":
      "Something the panel expected is no longer on the board (someone may have deleted it). Analyse again, then try once more.",
    "holds-user-items":
      "A frame journey-mapper made now holds other people's notes, so it was kept. Move those notes out of the frame, then run it again.",
    timeout:
      "The board did not answer in time. Check that the board is still open, then try again.",
    "board-unavailable":
      "The board is not answering just now (or is asking the app to slow down). Wait a minute, then try again.",
    "invalid-template": "The template could not take these values. Check the fields and try again.",
    "empty-selection":
      "Nothing is selected. Select notes on the board, or analyse the whole board.",
    "no-frame": "There is no frame or section to analyse. Analyse the whole board instead.",
    "language-unavailable":
      "The other language could not be loaded, so the panel stays in English. Check the connection, then choose the language again.",
    "export-unavailable": "The export could not be loaded. Check the connection and try again.",
    "analysis-unavailable": "The analysis could not be loaded. Check the connection and try again.",
    "incomplete-write": (done, total, unmarked) =>
      `The board stopped taking changes. ${done} of ${total} changes were made; run the same task again to finish it.${unmarked > 0 ? ` ${counted(unmarked, "new item", "new items")} could not be removed when it stopped and no longer count as the app's: delete the extra copies yourself.` : ""}`,
    unknown: (message) =>
      `Something went wrong${message ? `: ${message}` : ""}. Try again; if it keeps happening, reload the panel.`,
  },
  // The lane titles the template writes; the parking lot named by what it holds.
  lanes: { ...LANE_TITLES.en, question: "Questions" },
  meanings: { "stage-header": "Stage header", none: "No meaning" },
  colours: {
    gray: "grey",
    light_yellow: "light yellow",
    yellow: "yellow",
    orange: "orange",
    light_green: "light green",
    green: "green",
    dark_green: "dark green",
    cyan: "cyan",
    light_pink: "light pink",
    pink: "pink",
    violet: "violet",
    red: "red",
    light_blue: "light blue",
    blue: "blue",
    dark_blue: "dark blue",
    black: "black",
    white: "white",
    teal: "teal",
  },
};
