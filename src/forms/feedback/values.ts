/** The feedback form's values in the view: exactly its fields. */
import type { FormValues } from '../definition.ts';
import { plainValues } from '../values.ts';
import { feedbackSchema, type FeedbackInput } from './schema.ts';

export type FeedbackValues = FeedbackInput;

function empty(lang: string): FeedbackValues {
  return { ...feedbackSchema.getDefault(), locale: lang };
}

export const feedbackValues: FormValues<FeedbackValues> = {
  empty,
  from: (lang, raw) => plainValues(empty(lang), raw),
  toBody: (values) => ({ ...values }),
};
