/**
 * "Er klopt iets niet op deze pagina": the report form's markup, without state. Rendered at the end
 * of every page that takes feedback (src/components/forms/FeedbackBlock.astro) and by the
 * function's error page with the typed values. No island: it is a plain form, so a page that
 * carries it still loads no JavaScript.
 */
import { fieldsOf } from '../definition.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import type { FieldsProps } from '../ui/fields-props.ts';
import { fieldIds, FormField, textControl } from '../ui/FormField.tsx';
import { FormShell } from '../ui/FormShell.tsx';
import { FEEDBACK_CATEGORIES, FEEDBACK_LIMITS, feedbackSchema } from './schema.ts';
import type { FeedbackValues } from './values.ts';

export const FEEDBACK_FORM_ID = 'feedback';
const FIELDS = fieldsOf(feedbackSchema);

export function FeedbackFields(props: FieldsProps<FeedbackValues>) {
  const { t, values, errors, onInput, onBlur } = props;
  const ids = (name: string) => fieldIds(FEEDBACK_FORM_ID, name);
  const errorPrefix = t('form.errorPrefix');
  return (
    <FormShell formId={FEEDBACK_FORM_ID} fields={FIELDS} view={props} submitLabel={t('feedback.submit')}>
      <input type="hidden" name="page" value={values.page} />
      <input type="hidden" name="translation" value={values.translation} />
      <ChoiceGroup
        ids={ids('category')}
        name="category"
        type="radio"
        legend={t('feedback.category.legend')}
        error={errors.category}
        errorPrefix={errorPrefix}
        choices={FEEDBACK_CATEGORIES.map((value) => ({ value, label: t(`feedback.category.${value}`) }))}
        checked={[values.category]}
        required
        onChange={onInput}
        onBlur={onBlur}
      />
      <FormField
        ids={ids('text')}
        label={`${t('feedback.text.label')} ${t('form.optional')}`}
        hint={t('feedback.text.hint', { max: FEEDBACK_LIMITS.textMax })}
        error={errors.text}
        errorPrefix={errorPrefix}
        type="textarea"
      >
        <textarea
          {...textControl(ids('text'), 'text', values.text, true, errors.text, { onInput, onBlur })}
          class={`utrecht-textarea${errors.text ? ' utrecht-textarea--invalid' : ''}`}
          rows={4}
          maxLength={FEEDBACK_LIMITS.textMax}
          dir="auto"
        />
      </FormField>
    </FormShell>
  );
}
