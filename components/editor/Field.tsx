import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Base {
  label: string;
  error?: string | undefined;
  hint?: string | null | undefined;
  /** Ties a field to its error for focusing the first bad one on save. */
  name: string;
}

/** A labelled control with its hint and error read out with it (aria-describedby). */
function Frame(props: Base & { id: string; children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p class="field-hint small muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error small" id={`${props.id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

const describedBy = (id: string, p: Base) =>
  [p.hint ? `${id}-hint` : '', p.error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  p: Base & {
    value: string;
    onInput: (v: string) => void;
    type?: 'text' | 'date';
    inputMode?: 'decimal' | 'text';
    multiline?: boolean;
    placeholder?: string;
    /** Earliest and latest day a date field offers. */
    min?: string;
    max?: string;
    maxLength?: number;
  },
) {
  const id = useId();
  const common = {
    id,
    name: p.name,
    value: p.value,
    placeholder: p.placeholder,
    maxLength: p.maxLength,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(id, p),
    onInput: (e: Event) => p.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <Frame {...p} id={id}>
      {p.multiline ? (
        <textarea {...common} rows={2} />
      ) : p.type === 'date' ? (
        <input {...common} type="date" min={p.min} max={p.max} />
      ) : (
        <input {...common} type="text" inputMode={p.inputMode} />
      )}
    </Frame>
  );
}

export function SelectField<V extends string>(
  p: Base & { value: V; options: { value: V; label: string }[]; onChange: (v: V) => void },
) {
  const id = useId();
  return (
    <Frame {...p} id={id}>
      <select
        id={id}
        name={p.name}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(id, p)}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value as V)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
