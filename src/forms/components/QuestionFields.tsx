/**
 * The question form's markup, without state. Rendered as plain HTML at build time (the form
 * works without JavaScript) and by the function's error page (with the typed values and errors);
 * in the browser, QuestionForm.tsx (Formik) renders the same view and hydrates it.
 */
import type { Ref } from 'preact';
import { LOCALES } from '../../i18n/locales.ts';
import { CHANNELS, QUESTION_LIMITS } from '../question-schema.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { describedBy, fieldIds, FormField } from './FormField.tsx';
import { Honeypot } from './Honeypot.tsx';
import { SubmitStatus, type Status } from './SubmitStatus.tsx';

export const FORM_ID = 'question';

export interface QuestionValues {
  question: string;
  channel: string;
  contact: string;
  name: string;
  municipality: string;
  answerLanguage: string;
  consent: boolean;
  locale: string;
  website: string;
}

export function emptyQuestion(lang: string): QuestionValues {
  return { question: '', channel: '', contact: '', name: '', municipality: '', answerLanguage: lang, consent: false, locale: lang, website: '' };
}

export interface QuestionFieldsProps {
  t: (key: string | string[], params?: Record<string, string | number>) => string;
  endpoint: string;
  privacyHref: string;
  values: QuestionValues;
  /** Messages to show per field (already translated). */
  errors: Partial<Record<keyof QuestionValues, string>>;
  /** Show the error summary (after a submit, or on the server's error page). */
  showSummary: boolean;
  /** The municipality <option>s as HTML (see municipalityOptionsHtml); kept as-is when hydrating. */
  municipalityOptions: string;
  /** True once the island runs: our messages replace the browser's, the contact field adapts. */
  enhanced?: boolean;
  status?: Status;
  summaryRef?: Ref<HTMLDivElement>;
  onInput?: (event: Event) => void;
  onBlur?: (event: Event) => void;
  onSubmit?: (event: Event) => void;
}

export function QuestionFields(props: QuestionFieldsProps) {
  const { t, values, errors, enhanced = false, onInput, onBlur } = props;
  const ids = (name: string) => fieldIds(FORM_ID, name);
  const errorPrefix = t('form.errorPrefix');
  const channel = values.channel;
  const contactLabel = enhanced && channel ? t(`question.contact.label.${channel}`) : t('question.contact.label');
  const contactType = enhanced && channel === 'email' ? 'email' : enhanced && channel ? 'tel' : 'text';
  const text = (name: 'question' | 'contact' | 'name') => ({
    name,
    id: ids(name).id,
    value: values[name],
    onInput,
    onBlur,
    'aria-describedby': describedBy(ids(name), true, errors[name]),
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
  });
  const summary = (Object.keys(values) as (keyof QuestionValues)[])
    .filter((name) => errors[name])
    .map((name) => ({ target: ids(name).id, message: errors[name]! }));

  return (
    <form class="ww-form" method="post" action={props.endpoint} noValidate={enhanced} onSubmit={props.onSubmit}>
      {props.showSummary && <ErrorSummary title={t('form.errorSummaryTitle')} items={summary} summaryRef={props.summaryRef} />}
      <SubmitStatus status={props.status ?? { kind: 'idle' }} t={t} />
      <input type="hidden" name="locale" value={values.locale} />
      <Honeypot form={FORM_ID} label={t('form.honeypot')} value={values.website} onInput={onInput} />

      <FormField ids={ids('question')} label={t('question.question.label')} hint={t('question.question.hint')} error={errors.question} errorPrefix={errorPrefix} type="textarea">
        <textarea
          {...text('question')}
          class={`utrecht-textarea${errors.question ? ' utrecht-textarea--invalid' : ''}`}
          rows={7}
          required
          minLength={QUESTION_LIMITS.questionMin}
          maxLength={QUESTION_LIMITS.questionMax}
          dir="auto"
        />
      </FormField>

      <FormField ids={ids('channel')} label={t('question.channel.legend')} error={errors.channel} errorPrefix={errorPrefix} group type="radio">
        {CHANNELS.map((option) => (
          <div class="ww-choice" key={option}>
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`${ids('channel').id}-${option}`}
              name="channel"
              value={option}
              checked={channel === option}
              required
              onChange={onInput}
              onBlur={onBlur}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${ids('channel').id}-${option}`}>
              {t(`question.channel.${option}`)}
            </label>
          </div>
        ))}
      </FormField>

      <FormField ids={ids('contact')} label={contactLabel} hint={t('question.contact.hint')} error={errors.contact} errorPrefix={errorPrefix}>
        <input
          {...text('contact')}
          class={`utrecht-textbox utrecht-textbox--html-input${errors.contact ? ' utrecht-textbox--invalid' : ''}`}
          type={contactType}
          inputMode={contactType === 'tel' ? 'tel' : contactType === 'email' ? 'email' : undefined}
          autoComplete={contactType === 'tel' ? 'tel' : contactType === 'email' ? 'email' : 'on'}
          required
          maxLength={QUESTION_LIMITS.contactMax}
          dir="ltr"
        />
      </FormField>

      <FormField ids={ids('name')} label={`${t('question.name.label')} ${t('form.optional')}`} hint={t('question.name.hint')} error={errors.name} errorPrefix={errorPrefix}>
        <input
          {...text('name')}
          class={`utrecht-textbox utrecht-textbox--html-input${errors.name ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          autoComplete="name"
          maxLength={QUESTION_LIMITS.nameMax}
          dir="auto"
        />
      </FormField>

      <FormField ids={ids('municipality')} label={`${t('question.municipality.label')} ${t('form.optional')}`} hint={t('question.municipality.hint')} error={errors.municipality} errorPrefix={errorPrefix} type="select">
        <select
          name="municipality"
          id={ids('municipality').id}
          value={values.municipality}
          onChange={onInput}
          onBlur={onBlur}
          class="utrecht-select utrecht-select--html-select"
          autoComplete="address-level2"
          aria-describedby={describedBy(ids('municipality'), true, errors.municipality)}
          // Rendered on the server; when hydrating, Preact keeps these options as they are.
          dangerouslySetInnerHTML={{ __html: props.municipalityOptions }}
        />
      </FormField>

      <FormField ids={ids('answerLanguage')} label={t('question.answerLanguage.label')} error={errors.answerLanguage} errorPrefix={errorPrefix} type="select">
        <select
          name="answerLanguage"
          id={ids('answerLanguage').id}
          value={values.answerLanguage}
          onChange={onInput}
          onBlur={onBlur}
          class="utrecht-select utrecht-select--html-select"
        >
          {LOCALES.map((l) => (
            <option value={l.code} lang={l.code} key={l.code} selected={l.code === values.answerLanguage}>
              {l.endonym}
            </option>
          ))}
        </select>
      </FormField>

      <FormField ids={ids('consent')} label={t('form.consent.legend')} error={errors.consent} errorPrefix={errorPrefix} group type="checkbox">
        <div class="ww-choice">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${ids('consent').id}-yes`}
            name="consent"
            value="yes"
            checked={values.consent}
            required
            onChange={onInput}
            onBlur={onBlur}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${ids('consent').id}-yes`}>
            {t('question.consent.label')}
          </label>
        </div>
        <p class="ww-choice-note">
          <a href={props.privacyHref}>{t('form.privacyLink')}</a>
        </p>
      </FormField>

      <button type="submit" class="utrecht-button utrecht-button--primary-action ww-submit" disabled={props.status?.kind === 'sending'}>
        {t('question.submit')}
      </button>
    </form>
  );
}
