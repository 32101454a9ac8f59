/**
 * What every form has around its fields: the <form> that posts without JavaScript, the error
 * summary, the submit status, the locale, the honeypot and the submit button.
 * `novalidate` always (GOV.UK): the browser's own bubbles speak the browser's language, not the
 * page's; without JavaScript the server's error page answers, with it the island's summary does.
 * `required` stays on the controls, so assistive technology still announces it.
 */
import type { ComponentChildren } from 'preact';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
import type { FieldsProps } from './fields-props.ts';
import { Honeypot } from './Honeypot.tsx';
import { SubmitStatus } from './SubmitStatus.tsx';

/** The shell reads what it needs from the form's own view props; each form adds only its own. */
interface Props {
  formId: string;
  /** The fields in the order of the form: the error summary lists them in that order. */
  fields: readonly string[];
  view: FieldsProps<{ locale: string; website: string }>;
  submitLabel: string;
  children: ComponentChildren;
}

export function FormShell({ formId, fields, view, submitLabel, children }: Props) {
  const { t } = view;
  const props = {
    ...view,
    formId,
    submitLabel,
    children,
    locale: view.values.locale,
    website: view.values.website,
    summary: summaryItems(formId, fields, view.errors as Record<string, string | undefined>),
  };
  return (
    <form
      class="ww-form"
      method="post"
      action={props.endpoint}
      noValidate
      data-enhanced={props.enhanced ? '' : undefined}
      onSubmit={props.onSubmit}
    >
      {props.showSummary && (
        <ErrorSummary
          title={t('form.errorSummaryTitle')}
          items={props.summary}
          summaryRef={props.summaryRef}
        />
      )}
      <SubmitStatus status={props.status ?? { kind: 'idle' }} t={t} />
      <input type="hidden" name="locale" value={props.locale} />
      <Honeypot
        form={props.formId}
        label={t('form.honeypot')}
        value={props.website}
        onInput={props.onInput}
      />
      {props.children}
      <button
        type="submit"
        class="utrecht-button utrecht-button--primary-action ww-submit"
        disabled={props.status?.kind === 'sending'}
      >
        {props.submitLabel}
      </button>
    </form>
  );
}

/** Summary items for the fields that have an error, in the order of the form. */
export function summaryItems(
  formId: string,
  order: readonly string[],
  errors: Record<string, string | undefined>,
): SummaryItem[] {
  return order
    .filter((name) => errors[name])
    .map((name) => ({ target: `${formId}-${name}`, message: errors[name]! }));
}
