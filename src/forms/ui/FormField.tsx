/**
 * One form field in the NL Design System form-field pattern: label, hint, error message (also in
 * the error summary), then the control. The control gets aria-describedby and aria-invalid from
 * `describedBy(…)`.
 */
import type { ComponentChildren } from 'preact';

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

export function fieldIds(form: string, name: string): FieldIds {
  const id = `${form}-${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

export function describedBy(ids: FieldIds, hint: boolean, error: string | undefined): string | undefined {
  const list = [hint ? ids.hintId : '', error ? ids.errorId : ''].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

interface ControlEvents {
  onInput?: (event: Event) => void;
  onBlur?: (event: Event) => void;
}

/** What every text control carries: name, id, value, events, and the links to its hint and error. */
export function textControl(
  ids: FieldIds,
  name: string,
  value: string,
  hint: boolean,
  error: string | undefined,
  events: ControlEvents,
) {
  return {
    name,
    id: ids.id,
    value,
    onInput: events.onInput,
    onBlur: events.onBlur,
    'aria-describedby': describedBy(ids, hint, error),
    'aria-invalid': error ? ('true' as const) : undefined,
  };
}

/** The NL Design System text box classes, with the invalid state. */
export function textboxClass(error: string | undefined): string {
  return `utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`;
}

interface Props {
  ids: FieldIds;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  errorPrefix: string;
  /** Render the label as a fieldset legend (radio groups). */
  group?: boolean;
  type?: string;
  children: ComponentChildren;
}

export function FormField({
  ids,
  label,
  hint,
  error,
  errorPrefix,
  group = false,
  type = 'text',
  children,
}: Props) {
  const invalid = error ? ' utrecht-form-field--invalid ww-field--invalid' : '';
  const body = (
    <>
      {hint && (
        <div class="utrecht-form-field-description" id={ids.hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p class="utrecht-form-field-error-message" id={ids.errorId}>
          <span class="ww-visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset
        class={`utrecht-form-fieldset ww-fieldset ww-field${error ? ' ww-field--invalid' : ''}`}
        aria-describedby={describedBy(ids, Boolean(hint), error)}
        id={ids.id}
        tabIndex={-1}
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-label">{label}</legend>
        {body}
        {children}
      </fieldset>
    );
  }
  return (
    <div class={`utrecht-form-field utrecht-form-field--${type}${invalid} ww-field`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={ids.id}>
          {label}
        </label>
      </div>
      {body}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}
