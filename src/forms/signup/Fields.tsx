/**
 * The expert-pool sign-up form's markup, without state: rendered at build time (works without
 * JavaScript), by the function's error page, and by the island.
 */
import { LOCALES } from '../../i18n/locales.ts';
import { fieldsOf } from '../definition.ts';
import { ChoiceGroup } from '../ui/ChoiceGroup.tsx';
import { ConsentField } from '../ui/ConsentField.tsx';
import type { FieldsProps } from '../ui/fields-props.ts';
import { fieldIds, FormField, textboxClass, textControl } from '../ui/FormField.tsx';
import { FormShell } from '../ui/FormShell.tsx';
import { MunicipalitySelect } from '../ui/MunicipalitySelect.tsx';
import { AVAILABILITY, EXPERIENCE, languageLabel, SIGNUP_LANGUAGES, SIGNUP_LIMITS } from './options.ts';
import { signupSchema } from './schema.ts';
import type { SignupValues } from './values.ts';

export const SIGNUP_FORM_ID = 'signup';
const FIELDS = fieldsOf(signupSchema);

export function SignupFields(props: FieldsProps<SignupValues>) {
  const { t, lang, values, errors, onInput, onBlur } = props;
  const ids = (name: string) => fieldIds(SIGNUP_FORM_ID, name);
  const errorPrefix = t('form.errorPrefix');
  const own = new Set(LOCALES.map((l) => l.code));
  const textField = (name: 'name' | 'email' | 'phone' | 'arrivalYear' | 'heardFrom', hint: boolean) => ({
    ...textControl(ids(name), name, values[name], hint, errors[name], { onInput, onBlur }),
    class: textboxClass(errors[name]),
  });

  return (
    <FormShell formId={SIGNUP_FORM_ID} fields={FIELDS} view={props} submitLabel={t('signup.submit')}>
      <FormField
        ids={ids('name')}
        label={t('signup.name.label')}
        error={errors.name}
        errorPrefix={errorPrefix}
      >
        <input
          {...textField('name', false)}
          type="text"
          autoComplete="name"
          required
          maxLength={SIGNUP_LIMITS.nameMax}
          dir="auto"
        />
      </FormField>

      <FormField
        ids={ids('email')}
        label={t('signup.email.label')}
        hint={t('signup.email.hint')}
        error={errors.email}
        errorPrefix={errorPrefix}
      >
        <input
          {...textField('email', true)}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          maxLength={SIGNUP_LIMITS.emailMax}
          dir="ltr"
        />
      </FormField>

      <FormField
        ids={ids('phone')}
        label={`${t('signup.phone.label')} ${t('form.optional')}`}
        hint={t('signup.phone.hint')}
        error={errors.phone}
        errorPrefix={errorPrefix}
      >
        <input
          {...textField('phone', true)}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          maxLength={SIGNUP_LIMITS.phoneMax}
          dir="ltr"
        />
      </FormField>

      <MunicipalitySelect
        ids={ids('municipality')}
        name="municipality"
        label={t('signup.municipality.label')}
        error={errors.municipality}
        errorPrefix={errorPrefix}
        value={values.municipality}
        required
        optionsHtml={props.municipalityOptions}
        enhanced={props.enhanced}
        filterLabel={t('form.filter.label')}
        onChange={onInput}
        onBlur={onBlur}
      />

      <FormField
        ids={ids('arrivalYear')}
        label={t('signup.arrivalYear.label')}
        hint={t('signup.arrivalYear.hint')}
        error={errors.arrivalYear}
        errorPrefix={errorPrefix}
      >
        <input
          {...textField('arrivalYear', true)}
          class={`${textboxClass(errors.arrivalYear)} ww-year`}
          type="text"
          inputMode="numeric"
          pattern="[0-9]{4}"
          autoComplete="off"
          required
          maxLength={4}
          dir="ltr"
        />
      </FormField>

      <ChoiceGroup
        ids={ids('languages')}
        name="languages"
        type="checkbox"
        legend={t('signup.languages.legend')}
        hint={t('signup.languages.hint')}
        error={errors.languages}
        errorPrefix={errorPrefix}
        choices={SIGNUP_LANGUAGES.map((code) => ({
          value: code,
          // Languages of the site are named in their own script too, so readers find their own.
          label:
            own.has(code) && code !== lang
              ? `${languageLabel(code, t)} (${LOCALES.find((l) => l.code === code)!.endonym})`
              : languageLabel(code, t),
        }))}
        checked={values.languages}
        onChange={onInput}
        onBlur={onBlur}
      >
        <div class="ww-other">
          <label class="utrecht-form-label" for={`${ids('languages').id}-other`}>
            {t('signup.languages.other')} {t('form.optional')}
          </label>
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            id={`${ids('languages').id}-other`}
            name="languages"
            value={values.languagesOther}
            onInput={(event) => props.setValue?.('languagesOther', (event.target as HTMLInputElement).value)}
            maxLength={SIGNUP_LIMITS.languageMax}
            dir="auto"
          />
        </div>
      </ChoiceGroup>

      <ChoiceGroup
        ids={ids('experience')}
        name="experience"
        type="checkbox"
        legend={t('signup.experience.legend')}
        error={errors.experience}
        errorPrefix={errorPrefix}
        choices={EXPERIENCE.map((value) => ({ value, label: t(`signup.experience.${value}`) }))}
        checked={values.experience}
        onChange={onInput}
        onBlur={onBlur}
      />

      <ChoiceGroup
        ids={ids('availability')}
        name="availability"
        type="checkbox"
        legend={t('signup.availability.legend')}
        hint={t('signup.availability.hint')}
        error={errors.availability}
        errorPrefix={errorPrefix}
        choices={AVAILABILITY.map((value) => ({ value, label: t(`signup.availability.${value}`) }))}
        checked={values.availability}
        onChange={onInput}
        onBlur={onBlur}
      />

      <FormField
        ids={ids('heardFrom')}
        label={`${t('signup.heardFrom.label')} ${t('form.optional')}`}
        error={errors.heardFrom}
        errorPrefix={errorPrefix}
      >
        <input
          {...textField('heardFrom', false)}
          type="text"
          maxLength={SIGNUP_LIMITS.heardFromMax}
          dir="auto"
        />
      </FormField>

      <ChoiceGroup
        ids={ids('adult')}
        name="adult"
        type="checkbox"
        legend={t('signup.adult.legend')}
        error={errors.adult}
        errorPrefix={errorPrefix}
        choices={[{ value: 'yes', label: t('signup.adult.label') }]}
        checked={values.adult ? ['yes'] : []}
        onChange={onInput}
        onBlur={onBlur}
      />

      <ConsentField
        ids={ids('consent')}
        t={t}
        label={t('signup.consent.label')}
        privacyHref={props.privacyHref}
        checked={values.consent}
        error={errors.consent}
        onChange={onInput}
        onBlur={onBlur}
      />
    </FormShell>
  );
}
