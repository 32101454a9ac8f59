/** "Stel hem aan ons": the question form's definition (see ../definition.ts). */
import { ROUTES } from '../../i18n/urls.ts';
import type { FormDefinition } from '../definition.ts';
import { QUESTION_FORM_ID, QuestionFields } from './Fields.tsx';
import { questionSchema, type QuestionInput } from './schema.ts';
import { QUESTION_REFERENCE_PREFIX } from './to-record.ts';
import { questionValues, type QuestionValues } from './values.ts';

export const QUESTION_FORM: FormDefinition<QuestionInput, QuestionValues> = {
  id: QUESTION_FORM_ID,
  endpoint: '/api/questions',
  page: ROUTES.ask,
  thanksPage: ROUTES.askThanks,
  thanks: () => ({
    titleKey: 'question.thanks.title',
    nextTextKeys: ['question.thanks.nextText'],
    againKey: 'question.thanks.another',
  }),
  referencePrefix: QUESTION_REFERENCE_PREFIX,
  schema: questionSchema,
  values: questionValues,
  Fields: QuestionFields,
};
