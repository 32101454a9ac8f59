/** The question form's values in the view: exactly its fields, the answer in the page's language by default. */
import type { FormValues } from '../definition.ts';
import { plainValues } from '../values.ts';
import { questionSchema, type QuestionInput } from './schema.ts';

export type QuestionValues = QuestionInput;

function empty(lang: string): QuestionValues {
  return { ...questionSchema.getDefault(), answerLanguage: lang, locale: lang };
}

export const questionValues: FormValues<QuestionValues> = {
  empty,
  from: (lang, raw) => plainValues(empty(lang), raw),
  toBody: (values) => ({ ...values }),
};
