/** "Stel hem aan ons" on the server: the question form's definition for the shared endpoint. */
import { FORM_ID, QuestionFields, questionValuesFrom } from '../../forms/components/QuestionFields.tsx';
import { QUESTIONS_ENDPOINT } from '../../forms/endpoints.ts';
import { isMunicipalityCode } from '../../forms/municipalities.ts';
import { QUESTION_SHAPE, questionSchema, type QuestionInput } from '../../forms/question-schema.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { pagePath, ROUTES, thanksHref } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import type { FormDefinition } from '../forms/endpoint.ts';
import type { Notifier } from '../mail/notifier.ts';
import { renderFormErrorPage } from '../pages/form-error-page.ts';
import { QUESTION_PREFIX, storeQuestion } from './store.ts';

export function questionForm(pool: () => Pool, notifier: Notifier | null): FormDefinition<QuestionInput> {
  return {
    id: FORM_ID,
    referencePrefix: QUESTION_PREFIX,
    shape: QUESTION_SHAPE,
    schema: questionSchema,
    schemaContext: { isMunicipalityCode },
    formPath: (lang) => pagePath(lang, ROUTES.ask),
    thanksPath: (lang, reference) => thanksHref(pagePath(lang, ROUTES.askThanks), reference),
    store: (values, meta) => {
      const locale = values.locale || SOURCE_LOCALE;
      return storeQuestion(
        pool(),
        {
          locale,
          question: values.question!,
          channel: values.channel!,
          contact: values.contact!,
          name: values.name?.trim() ? values.name : null,
          municipality: values.municipality || null,
          answerLanguage: values.answerLanguage || locale,
          status: meta.suspect ? 'suspect' : 'new',
        },
        meta,
      );
    },
    notify: notifier
      ? (values, stored) =>
          notifier.send({
            subject: `Nieuwe vraag ${stored.reference}`,
            facts: {
              Referentie: stored.reference,
              Taal: values.locale || SOURCE_LOCALE,
              'Antwoord in': values.answerLanguage || values.locale || SOURCE_LOCALE,
              Kanaal: values.channel!,
            },
            content: { Vraag: values.question!, Naam: values.name ?? '', Contact: values.contact! },
          })
      : undefined,
    renderErrorPage: (lang, values, errors) =>
      renderFormErrorPage({
        lang,
        form: FORM_ID,
        component: QuestionFields,
        endpoint: QUESTIONS_ENDPOINT,
        values: questionValuesFrom(lang, values),
        errors,
        backHref: pagePath(lang, ROUTES.ask),
      }),
  };
}
