/**
 * The reply form's markup, without state: the three answers as radio buttons (the current one
 * chosen) and the personal link's token as a hidden field. Rendered by the reply page's function
 * and by the error page; there is no island (see form.ts).
 */
import { fieldsOf } from '../definition.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import type { FieldsProps } from '../ui/fields-props.ts';
import { fieldIds } from '../ui/FormField.tsx';
import { FormShell } from '../ui/FormShell.tsx';
import { ANSWERS, rsvpSchema } from './schema.ts';
import type { RsvpValues } from './values.ts';

export const RSVP_FORM_ID = 'rsvp';
const FIELDS = fieldsOf(rsvpSchema);

export function RsvpFields(props: FieldsProps<RsvpValues>) {
  const { t, values, errors } = props;
  return (
    <FormShell formId={RSVP_FORM_ID} fields={FIELDS} view={props} submitLabel={t('rsvp.submit')}>
      <input type="hidden" name="token" value={values.token} />
      <ChoiceGroup
        ids={fieldIds(RSVP_FORM_ID, 'answer')}
        name="answer"
        type="radio"
        legend={t('rsvp.answer.legend')}
        error={errors.answer}
        errorPrefix={t('form.errorPrefix')}
        choices={ANSWERS.map((value) => ({ value, label: t(`rsvp.answer.${value}`) }))}
        checked={values.answer ? [values.answer] : []}
        required
        onChange={props.onInput}
      />
    </FormShell>
  );
}
