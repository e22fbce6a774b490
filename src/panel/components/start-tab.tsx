import type { Language } from "../../core/lexicon/lane-words";
import { LANE_KINDS } from "../../core/model/lane-kind";
import { PRESETS } from "../../core/template/presets";
import { PRESET_IDS, type PresetId } from "../../core/template/template-spec";
import { type StartField, TEXT_FIELDS } from "../session/start-form";
import { problemText } from "../words/problem-text";
import { languageOptions } from "./language-options";
import type { TabProps } from "./tab-props";
import { TaskStatus } from "./task-status";
import { TextField } from "./text-field";

/** The order the fields are in, to focus the first one with a problem. */
const FIELD_ORDER: readonly StartField[] = [...TEXT_FIELDS, "participants", "stages", "lanes"];
const fieldId = (field: StartField) => `jm-start-${field}`;

/** Start a workshop: the form that places a journey template on the board. */
export function StartTab(props: TabProps) {
  const { session, state, words } = props;
  const { form, problems } = state.start;
  const said = words.start;
  const act = session.start;
  const busy = state.task !== null;

  const submit = async (event: Event) => {
    event.preventDefault();
    const placed = await act.placeTemplate();
    if (placed) return;
    const first = FIELD_ORDER.find((field) => session.store.get().start.problems[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };
  const hasProblems = Object.keys(problems).length > 0;

  return (
    <form class="jm-form" onSubmit={submit} noValidate>
      <h2>{said.heading}</h2>
      <p class="jm-intro">{said.intro}</p>
      {hasProblems && <p class="jm-problem">{said.fixFields}</p>}
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field}
          id={fieldId(field)}
          label={said[field]}
          value={form[field]}
          problem={problemText(words, problems[field])}
          onInput={(value) => act.edit(field, value)}
        />
      ))}
      <TextField
        id={fieldId("participants")}
        label={said.participants}
        hint={said.participantsHint}
        value={form.participants}
        problem={problemText(words, problems.participants)}
        onInput={(value) => act.edit("participants", value)}
        multiline
        rows={3}
      />
      <TextField
        id={fieldId("stages")}
        label={said.stages}
        hint={said.stagesHint}
        value={form.stages}
        problem={problemText(words, problems.stages)}
        onInput={(value) => act.edit("stages", value)}
        multiline
        rows={6}
      />
      <fieldset class="jm-fieldset" id={fieldId("lanes")} tabIndex={-1}>
        <legend>{said.lanes}</legend>
        <label class="jm-choice">
          <input
            type="radio"
            name="jm-lanes-from"
            checked={form.lanesFrom === "preset"}
            onChange={() => act.setLanesFrom("preset")}
          />
          {said.lanesFromPreset}
        </label>
        <label class="jm-choice">
          <input
            type="radio"
            name="jm-lanes-from"
            checked={form.lanesFrom === "own"}
            onChange={() => act.setLanesFrom("own")}
          />
          {said.lanesOwn}
        </label>
        {form.lanesFrom === "preset" ? (
          <div class="jm-field">
            <label for="jm-start-preset">{said.preset}</label>
            <select
              id="jm-start-preset"
              class="jm-input"
              value={form.preset}
              onChange={(event) => act.setPreset(event.currentTarget.value as PresetId)}
            >
              {PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {PRESETS[id].name[state.language]}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div class="jm-lane-choices">
            <span class="jm-hint">{said.ownLanesHint}</span>
            {LANE_KINDS.map((kind) => (
              <label key={kind} class="jm-choice">
                <input
                  type="checkbox"
                  checked={form.lanes.includes(kind)}
                  onChange={() => act.toggleLane(kind)}
                />
                {words.lanes[kind]}
              </label>
            ))}
          </div>
        )}
        {problems.lanes && <span class="jm-problem">{problemText(words, problems.lanes)}</span>}
      </fieldset>
      <div class="jm-field">
        <label for="jm-start-language">{said.templateLanguage}</label>
        <select
          id="jm-start-language"
          class="jm-input"
          value={form.language}
          onChange={(event) => act.setTemplateLanguage(event.currentTarget.value as Language)}
        >
          {languageOptions()}
        </select>
      </div>
      <button type="submit" class="jm-button jm-primary" aria-disabled={busy || undefined}>
        {said.place}
      </button>
      <TaskStatus {...props} />
    </form>
  );
}
