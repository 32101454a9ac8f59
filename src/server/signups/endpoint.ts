/** The expert-pool sign-up on the server: the form's definition for the shared endpoint. */
import { SIGNUP_FORM_ID, SignupFields, signupValuesFrom } from '../../forms/components/SignupFields.tsx';
import { SIGNUP_ENDPOINT } from '../../forms/endpoints.ts';
import { isMunicipalityCode, municipality } from '../../forms/municipalities.ts';
import { arrivalYearOf, cleanLanguages, SIGNUP_SHAPE, signupSchema, type SignupInput } from '../../forms/signup-schema.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { pagePath, ROUTES, thanksHref } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import type { FormDefinition } from '../forms/endpoint.ts';
import type { Notifier } from '../mail/notifier.ts';
import { renderFormErrorPage } from '../pages/form-error-page.ts';
import { SIGNUP_PREFIX, storeSignup } from './store.ts';

export function signupForm(pool: () => Pool, notifier: Notifier | null): FormDefinition<SignupInput> {
  return {
    id: SIGNUP_FORM_ID,
    referencePrefix: SIGNUP_PREFIX,
    shape: SIGNUP_SHAPE,
    schema: signupSchema,
    schemaContext: { isMunicipalityCode },
    formPath: (lang) => pagePath(lang, ROUTES.pool),
    thanksPath: (lang, reference, result) => thanksHref(pagePath(lang, ROUTES.poolThanks), reference, result?.updated),
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
    renderErrorPage: (lang, values, errors) =>
      renderFormErrorPage({
        lang,
        form: SIGNUP_FORM_ID,
        component: SignupFields,
        endpoint: SIGNUP_ENDPOINT,
        values: signupValuesFrom(lang, values),
        errors,
        backHref: pagePath(lang, ROUTES.pool),
      }),
  };
}
