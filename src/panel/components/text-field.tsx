interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** A plain-words problem with the value, shown beside the field and tied to it. */
  problem?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
}

/** A labelled text input or text area, with its hint and its problem read out with it. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, problem, hint, multiline } = props;
  const described = [hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    value,
    class: "jm-input",
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": described || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={problem ? "jm-field jm-field-invalid" : "jm-field"}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="jm-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 4} />
      ) : (
        <input type="text" {...common} />
      )}
      {problem && (
        <span class="jm-problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );
}
