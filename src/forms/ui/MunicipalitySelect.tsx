/**
 * The municipality choice: a select with the official list grouped by province (options rendered
 * on the server, kept as-is when hydrating). With JavaScript a search box above it narrows the
 * list as you type — an enhancement; the select alone works everywhere.
 */
import { useRef } from 'preact/hooks';
import { describedBy, FormField, type FieldIds } from './FormField.tsx';

interface Props {
  ids: FieldIds;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  required?: boolean;
  optionsHtml: string;
  enhanced?: boolean;
  filterLabel: string;
  onChange?: (event: Event) => void;
  onBlur?: (event: Event) => void;
}

function narrow(select: HTMLSelectElement, query: string): void {
  const q = query.trim().toLocaleLowerCase();
  for (const option of select.options)
    if (option.value) option.hidden = q !== '' && !option.text.toLocaleLowerCase().includes(q);
  for (const group of select.querySelectorAll('optgroup'))
    group.hidden = [...group.querySelectorAll('option')].every((o) => o.hidden);
}

export function MunicipalitySelect(props: Props) {
  const { ids } = props;
  const select = useRef<HTMLSelectElement>(null);
  const filterId = `${ids.id}-filter`;
  return (
    <FormField
      ids={ids}
      label={props.label}
      hint={props.hint}
      error={props.error}
      errorPrefix={props.errorPrefix}
      type="select"
    >
      {props.enhanced && (
        <div class="ww-filter">
          <label class="ww-filter__label" for={filterId}>
            {props.filterLabel}
          </label>
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            id={filterId}
            aria-controls={ids.id}
            autoComplete="off"
            onInput={(event) =>
              select.current && narrow(select.current, (event.target as HTMLInputElement).value)
            }
          />
        </div>
      )}
      <select
        ref={select}
        name={props.name}
        id={ids.id}
        value={props.value}
        required={props.required}
        onChange={props.onChange}
        onBlur={props.onBlur}
        class="utrecht-select utrecht-select--html-select"
        autoComplete="address-level2"
        aria-describedby={describedBy(ids, Boolean(props.hint), props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        // Rendered on the server; when hydrating, Preact keeps these options as they are.
        dangerouslySetInnerHTML={{ __html: props.optionsHtml }}
      />
    </FormField>
  );
}
