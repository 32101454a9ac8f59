/**
 * The question form's markup, without state. Rendered as plain HTML at build time (the form
 * works without JavaScript) and by the function's error page (with the typed values and errors);
 * in the browser, the island renders the same view and hydrates it.
 */
import { LOCALES } from '../../i18n/locales.ts';
import { fieldsOf } from '../definition.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import { ConsentField } from '../ui/ConsentField.tsx';
import type { FieldsProps } from '../ui/fields-props.ts';
import { fieldIds, FormField, textboxClass, textControl } from '../ui/FormField.tsx';
import { MunicipalitySelect } from '../ui/MunicipalitySelect.tsx';
import { FormShell } from '../ui/FormShell.tsx';
import { CHANNELS, QUESTION_LIMITS, questionSchema } from './schema.ts';
import type { QuestionValues } from './values.ts';

export const QUESTION_FORM_ID = 'question';
const FIELDS = fieldsOf(questionSchema);

export function QuestionFields(props: FieldsProps<QuestionValues>) {
  const { t, values, errors, enhanced = false, onInput, onBlur } = props;
  const ids = (name: string) => fieldIds(QUESTION_FORM_ID, name);
  const errorPrefix = t('form.errorPrefix');
  const channel = values.channel;
  const contactLabel =
    enhanced && channel ? t(`question.contact.label.${channel}`) : t('question.contact.label');
  const contactType = enhanced && channel === 'email' ? 'email' : enhanced && channel ? 'tel' : 'text';
  const text = (name: 'question' | 'contact' | 'name') =>
    textControl(ids(name), name, values[name], true, errors[name], { onInput, onBlur });
  return (
    <FormShell formId={QUESTION_FORM_ID} fields={FIELDS} view={props} submitLabel={t('question.submit')}>
      <FormField
        ids={ids('question')}
        label={t('question.question.label')}
        hint={t('question.question.hint')}
        error={errors.question}
        errorPrefix={errorPrefix}
        type="textarea"
      >
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

      <FormField
        ids={ids('contact')}
        label={contactLabel}
        hint={t('question.contact.hint')}
        error={errors.contact}
        errorPrefix={errorPrefix}
      >
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

      <FormField
        ids={ids('name')}
        label={`${t('question.name.label')} ${t('form.optional')}`}
        hint={t('question.name.hint')}
        error={errors.name}
        errorPrefix={errorPrefix}
      >
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

      <FormField
        ids={ids('answerLanguage')}
        label={t('question.answerLanguage.label')}
        error={errors.answerLanguage}
        errorPrefix={errorPrefix}
        type="select"
      >
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
