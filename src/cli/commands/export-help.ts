/** `journey-mapper export --help`: every target with the rules of its tracker, and the options. */
export const EXPORT_HELP = `Usage: journey-mapper export FILE --to TARGET [options]

Exports a board's actions to the trackers teams use, or the journey itself. Nothing goes over
the network: each tracker gets a file its own importer accepts.

Targets:
  jira        Jira CSV importer: Issue ID, Parent, Issue Type, Summary (at most 255 characters;
              a longer title is cut at a word and given whole in the description), Description
              (escaped for Jira's wiki markup), Priority, Labels, Due date, Assignee (email).
              Dates are ISO: on import, set the date format to yyyy-MM-dd
  linear      Linear CSV import: Title, Description, Priority, Status, Assignee, Labels
  asana       Asana CSV import: Name, Description, Assignee (email), Due Date (MM/DD/YYYY),
              Section (the stage), Tags, Priority
  azure       Azure DevOps work items: Work Item Type, Title (at most 255), Description (HTML),
              Priority, Assigned To (email), Tags; with --epics a tree (ID, Title 1, Title 2)
  github      JSON of GitHub REST "create an issue" bodies (title, body, labels, assignees)
  gh-script   a bash script of "gh issue create" calls, every argument safely quoted; it lists
              the repository's labels and creates the missing ones, goes on after a failed call,
              names the failures at the end and then exits 1. Run it as:
              bash issues.sh --repo owner/name
  checklist   the actions as a Markdown checklist grouped by stage
  actions     the action list as JSON
  markdown    the journey as a Markdown report: header, stages by lanes, summary, feelings, actions
  json        the journey as JSON (with schemaVersion)
  stories     user stories from the pains and opportunities

Every tracker gets the same priority for an action (high, medium, low, or none, which sits
below low): Jira High/Medium/Low/Lowest, Linear High/Medium/Low/No priority, Azure 1/2/3/4,
Asana's Priority column High/Medium/Low/empty, GitHub a priority-high/-medium/-low label.
Labels (stage-..., suggestion, idea) are at most 50 characters. GitHub titles and bodies never
@mention anyone: a zero-width joiner follows each @.

Options:
  --to TARGET                 one of the targets above (required)
  --people FILE               a JSON that maps board handles (@lina) to each tracker's identity:
                              { "schemaVersion": 1, "people": { "lina": { "email":
                              "lina@example.com", "github": "lina-s", "linear": "Lina S" } } }
                              Email for Jira, Asana, Azure; the login for GitHub; for Linear its
                              "linear" (a name Linear knows) or else the email. Handles match
                              whatever their case. Without it, or for a handle it lacks, the item
                              is unassigned and the description names the owner
  --no-suggestions            leave out the actions journey-mapper suggested
  --epics                     Jira and Azure DevOps: one epic per stage holding its actions
  --mode tracker|spreadsheet  for CSV: "tracker" is plain RFC 4180, for importers that read
                              cells as they are (default for Jira, Asana, Azure); "spreadsheet"
                              also puts a ' before cells that start with = + - @, tab or
                              carriage return so a spreadsheet cannot run them as formulas
                              (default for Linear, whose importer strips the guard)
  --bom                       start CSV with a byte order mark, for spreadsheet programs
  --lang en|sv|da             the language to write in (default: the board's own)
  --legend FILE               a legend JSON that says what each colour means
  --journey N|TITLE           on a board of several journeys, the one to export: its number
                              (1 is the top left one) or its title (default: the first, with
                              a note)
  --out FILE                  write to FILE instead of standard output
  -h, --help                  show this help
`;
