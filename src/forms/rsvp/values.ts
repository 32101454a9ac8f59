/** The reply form's values in the view: exactly its fields (the current answer pre-chosen by the page). */
import type { FormValues } from '../definition.ts';
import { plainValues } from '../values.ts';
import { rsvpSchema, type RsvpInput } from './schema.ts';

export type RsvpValues = RsvpInput;

function empty(lang: string): RsvpValues {
  return { ...rsvpSchema.getDefault(), locale: lang };
}

export const rsvpValues: FormValues<RsvpValues> = {
  empty,
  from: (lang, raw) => plainValues(empty(lang), raw),
  toBody: (values) => ({ ...values }),
};
