/** What a form's Fields view gets: rendered at build time, by the function's error page and by the island. */
import type { Ref } from 'preact';
import type { Status } from './SubmitStatus.tsx';

export type Translate = (key: string | string[], params?: Record<string, string | number>) => string;

export interface FieldsProps<V> {
  t: Translate;
  lang: string;
  endpoint: string;
  privacyHref: string;
  values: V;
  /** Messages to show per field (already translated). */
  errors: Partial<Record<keyof V, string>>;
  /** Show the error summary (after a submit, or on the server's error page). */
  showSummary: boolean;
  /** The municipality <option>s as HTML (see municipalityOptionsHtml); kept as-is when hydrating. */
  municipalityOptions: string;
  /** True once the island runs: the form adapts (e.g. the contact field's type). */
  enhanced?: boolean;
  status?: Status;
  summaryRef?: Ref<HTMLDivElement>;
  onInput?: (event: Event) => void;
  onBlur?: (event: Event) => void;
  onSubmit?: (event: Event) => void;
  /** Sets a value the view keeps apart from the posted fields (the island only). */
  setValue?: (field: keyof V & string, value: unknown) => void;
}
