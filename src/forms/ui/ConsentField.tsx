/** The required consent checkbox of a form, with the link to the privacy statement. */
import { ChoiceGroup } from './ChoiceGroup.tsx';
import type { FieldIds } from './FormField.tsx';

interface Props {
  ids: FieldIds;
  t: (key: string) => string;
  /** The checkbox's label, specific to the form. */
  label: string;
  privacyHref: string;
  checked: boolean;
  error?: string;
  onChange?: (event: Event) => void;
  onBlur?: (event: Event) => void;
}

export function ConsentField({ ids, t, label, privacyHref, checked, error, onChange, onBlur }: Props) {
  return (
    <ChoiceGroup
      ids={ids}
      name="consent"
      type="checkbox"
      legend={t('form.consent.legend')}
      error={error}
      errorPrefix={t('form.errorPrefix')}
      choices={[{ value: 'yes', label }]}
      checked={checked ? ['yes'] : []}
      onChange={onChange}
      onBlur={onBlur}
    >
      <p class="ww-choice-note">
        <a href={privacyHref}>{t('form.privacyLink')}</a>
      </p>
    </ChoiceGroup>
  );
}
