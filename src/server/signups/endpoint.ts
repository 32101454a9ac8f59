/** The expert-pool sign-up on the server: the form's definition for the shared endpoint. */
import { emptySignup, SIGNUP_FORM_ID, SignupFields, type SignupValues } from '../../forms/components/SignupFields.tsx';
import { SIGNUP_ENDPOINT } from '../../forms/endpoints.ts';
import { collectMessages, format } from '../../forms/messages.ts';
import { isMunicipalityCode, municipality, municipalityOptionsHtml } from '../../forms/municipalities.ts';
import { SIGNUP_LANGUAGES } from '../../forms/signup-options.ts';
import { arrivalYearOf, cleanLanguages, SIGNUP_ARRAYS, SIGNUP_FIELDS, signupSchema, type SignupInput } from '../../forms/signup-schema.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import type { FormDefinition } from '../forms/endpoint.ts';
import { serverTranslate, serverUiKeys } from '../i18n.ts';
import type { Notifier } from '../mail/notifier.ts';
import { renderFormErrorPage } from '../pages/form-error-page.ts';
import { SIGNUP_PREFIX, storeSignup } from './store.ts';

const LISTED = new Set<string>(SIGNUP_LANGUAGES);

/** The typed values of a refused plain form, back in the view's shape. */
function typedValues(lang: string, values: Record<string, unknown>): SignupValues {
  const typed = emptySignup(lang);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  for (const field of ['name', 'email', 'phone', 'municipality', 'arrivalYear', 'heardFrom', 'locale'] as const) {
    const value = values[field];
    if (typeof value === 'string' || typeof value === 'number') typed[field] = String(value);
  }
  const languages = strings(values.languages);
  typed.languages = languages.filter((l) => LISTED.has(l));
  typed.languagesOther = languages.filter((l) => !LISTED.has(l)).join(', ');
  typed.experience = strings(values.experience);
  typed.availability = strings(values.availability);
  typed.adult = values.adult === true;
  typed.consent = values.consent === true;
  return typed;
}

export function signupForm(pool: () => Pool, notifier: Notifier | null): FormDefinition<SignupInput> {
  return {
    id: SIGNUP_FORM_ID,
    referencePrefix: SIGNUP_PREFIX,
    shape: { fields: SIGNUP_FIELDS, arrays: SIGNUP_ARRAYS, booleans: ['adult', 'consent'] },
    schema: signupSchema,
    schemaContext: { isMunicipalityCode },
    formPath: (lang) => pagePath(lang, ROUTES.pool),
    thanksPath: (lang, reference, result) =>
      `${pagePath(lang, ROUTES.poolThanks)}?ref=${encodeURIComponent(reference)}${result?.updated ? '&updated=1' : ''}`,
    store: (values, meta) => {
      const locale = values.locale || SOURCE_LOCALE;
      const place = municipality(values.municipality!)!;
      return storeSignup(
        pool(),
        {
          locale,
          name: values.name!,
          email: values.email!.trim(),
          phone: values.phone?.trim() ? values.phone : null,
          municipality: place.code,
          province: place.province,
          arrivalYear: arrivalYearOf(values.arrivalYear),
          languages: cleanLanguages(values.languages),
          experience: [...new Set(values.experience as string[])],
          availability: [...new Set(values.availability as string[])],
          heardFrom: values.heardFrom?.trim() ? values.heardFrom : null,
          status: meta.suspect ? 'suspect' : 'new',
        },
        meta,
      );
    },
    notify: notifier
      ? (values, stored) =>
          notifier.send({
            subject: `${stored.updated ? 'Bijgewerkte' : 'Nieuwe'} aanmelding expertpool ${stored.reference}`,
            facts: { Referentie: stored.reference, Taal: values.locale || SOURCE_LOCALE, Provincie: municipality(values.municipality!)?.province ?? '' },
            content: { Naam: values.name!, 'E-mail': values.email! },
          })
      : undefined,
    renderErrorPage: (lang, values, errors) => {
      const t = serverTranslate(lang);
      const typed = typedValues(lang, values);
      const messages = collectMessages(serverUiKeys(), ['form.', 'signup.'], (key) => t(key));
      return renderFormErrorPage({
        lang,
        component: SignupFields,
        props: {
          t: (key, params) => format(messages, key, params),
          lang,
          endpoint: SIGNUP_ENDPOINT,
          privacyHref: pagePath(lang, ROUTES.privacy),
          values: typed,
          errors: Object.fromEntries(errors.map((e) => [e.field, e.message])),
          showSummary: true,
          municipalityOptions: municipalityOptionsHtml(t('form.municipality.none'), typed.municipality),
        },
        backHref: pagePath(lang, ROUTES.pool),
      });
    },
  };
}
