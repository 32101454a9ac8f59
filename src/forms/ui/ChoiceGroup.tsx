/**
 * A group of radio buttons or checkboxes in a fieldset with its legend, hint and error, each
 * option a large target (the label is part of it). Checkboxes send their value, repeated.
 */
import type { ComponentChildren } from 'preact';
import { FormField, type FieldIds } from './FormField.tsx';

export interface Choice {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page (names of languages in their own script). */
  lang?: string;
}

interface Props {
  ids: FieldIds;
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  choices: Choice[];
  /** Checked values. */
  checked: readonly string[];
  required?: boolean;
  onChange?: (event: Event) => void;
  onBlur?: (event: Event) => void;
  children?: ComponentChildren;
}

export function ChoiceGroup(props: Props) {
  const { ids, name, type, choices, checked } = props;
  return (
    <FormField
      ids={ids}
      label={props.legend}
      hint={props.hint}
      error={props.error}
      errorPrefix={props.errorPrefix}
      group
      type={type}
    >
      {choices.map((choice) => {
        const id = `${ids.id}-${choice.value}`;
        return (
          <div class="ww-choice" key={choice.value}>
            <input
              class={
                type === 'radio'
                  ? 'utrecht-radio-button utrecht-radio-button--html-input'
                  : 'utrecht-checkbox utrecht-checkbox--html-input'
              }
              type={type}
              id={id}
              name={name}
              value={choice.value}
              checked={checked.includes(choice.value)}
              required={props.required && type === 'radio' ? true : undefined}
              onChange={props.onChange}
              onBlur={props.onBlur}
            />
            <label class={`utrecht-form-label utrecht-form-label--${type}`} for={id} lang={choice.lang}>
              {choice.label}
            </label>
          </div>
        );
      })}
      {props.children}
    </FormField>
  );
}
