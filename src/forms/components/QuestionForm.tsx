/**
 * The question form's island: the shared form machinery (useFormIsland: Formik, yup, error
 * summary, draft, idempotent retries) over the QuestionFields view.
 */
import { QUESTION_FIELDS, questionSchema } from '../question-schema.ts';
import type { Messages } from '../messages.ts';
import { useFormIsland } from '../island/use-form-island.ts';
import { emptyQuestion, FORM_ID, QuestionFields, type QuestionValues } from './QuestionFields.tsx';

export interface QuestionFormProps {
  lang: string;
  messages: Messages;
  endpoint: string;
  privacyHref: string;
  /** The thank-you page, for when the server's answer names none. */
  thanksPage: string;
  /** What was typed before the island started. */
  typed?: QuestionValues;
}

export default function QuestionForm({ lang, messages, endpoint, privacyHref, thanksPage, typed }: QuestionFormProps) {
  const island = useFormIsland<QuestionValues>({
    formId: FORM_ID,
    lang,
    messages,
    endpoint,
    schema: questionSchema,
    fields: QUESTION_FIELDS,
    emptyValues: emptyQuestion(lang),
    toBody: (values) => ({ ...values }),
    typed,
    thanksPage,
  });
  return <QuestionFields {...island} endpoint={endpoint} privacyHref={privacyHref} municipalityOptions="" />;
}
