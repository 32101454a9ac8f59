/**
 * The question form's markup, without state. Rendered as plain HTML at build time (the form
 * works without JavaScript) and by the function's error page (with the typed values and errors);
 * in the browser, QuestionForm.tsx (Formik) renders the same view and hydrates it.
 */
import type { Ref } from 'preact';
import { LOCALES } from '../../i18n/locales.ts';
import { CHANNELS, QUESTION_FIELDS, QUESTION_LIMITS } from '../question-schema.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { ConsentField } from './ConsentField.tsx';
import { fieldIds, FormField, textboxClass, textControl } from './FormField.tsx';
import { MunicipalitySelect } from './MunicipalitySelect.tsx';
import { FormShell, summaryItems } from './FormShell.tsx';
import type { Status } from './SubmitStatus.tsx';

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

/**
 * Values as a plain form sends them (strings; `consent` as a boolean), back in the view's shape:
 * for the server's error page and for text typed before the island started.
 */
export function questionValuesFrom(lang: string, raw: Record<string, unknown>): QuestionValues {
  const values = emptyQuestion(lang);
  for (const field of QUESTION_FIELDS) {
    const value = raw[field];
    if (field === 'consent') values.consent = value === true;
    else if (field !== 'website' && typeof value === 'string') values[field] = value;
  }
  return values;
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
  const text = (name: 'question' | 'contact' | 'name') => textControl(ids(name), name, values[name], true, errors[name], { onInput, onBlur });
  return (
    <FormShell
      formId={FORM_ID}
      t={t}
      endpoint={props.endpoint}
      locale={values.locale}
      website={values.website}
      summary={summaryItems(FORM_ID, QUESTION_FIELDS, errors)}
      showSummary={props.showSummary}
      submitLabel={t('question.submit')}
      enhanced={enhanced}
      status={props.status}
      summaryRef={props.summaryRef}
      onInput={onInput}
      onSubmit={props.onSubmit}
    >

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

      <ChoiceGroup
        ids={ids('channel')}
        name="channel"
        type="radio"
        legend={t('question.channel.legend')}
        error={errors.channel}
        errorPrefix={errorPrefix}
        choices={CHANNELS.map((value) => ({ value, label: t(`question.channel.${value}`) }))}
        checked={[channel]}
        required
        onChange={onInput}
        onBlur={onBlur}
      />

      <FormField ids={ids('contact')} label={contactLabel} hint={t('question.contact.hint')} error={errors.contact} errorPrefix={errorPrefix}>
        <input
          {...text('contact')}
          class={textboxClass(errors.contact)}
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
          class={textboxClass(errors.name)}
          type="text"
          autoComplete="name"
          maxLength={QUESTION_LIMITS.nameMax}
          dir="auto"
        />
      </FormField>

      <MunicipalitySelect
        ids={ids('municipality')}
        name="municipality"
        label={`${t('question.municipality.label')} ${t('form.optional')}`}
        hint={t('question.municipality.hint')}
        error={errors.municipality}
        errorPrefix={errorPrefix}
        value={values.municipality}
        optionsHtml={props.municipalityOptions}
        enhanced={enhanced}
        filterLabel={t('form.filter.label')}
        onChange={onInput}
        onBlur={onBlur}
      />

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

      <ConsentField
        ids={ids('consent')}
        t={t}
        label={t('question.consent.label')}
        privacyHref={props.privacyHref}
        checked={values.consent}
        error={errors.consent}
        onChange={onInput}
        onBlur={onBlur}
      />

    </FormShell>
  );
}
