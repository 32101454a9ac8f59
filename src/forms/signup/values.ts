/**
 * The sign-up form's values in the view: its fields, with the year as typed and the free "another
 * language" field kept apart from the checked languages (it is sent as one more `languages` value).
 */
import type { FormValues } from '../definition.ts';
import { plainValues } from '../values.ts';
import { SIGNUP_LANGUAGES } from './options.ts';
import { signupSchema, type SignupInput } from './schema.ts';

export type SignupValues = Omit<SignupInput, 'arrivalYear'> & { arrivalYear: string; languagesOther: string };

const LISTED = new Set<string>(SIGNUP_LANGUAGES);

function empty(lang: string): SignupValues {
  return { ...signupSchema.getDefault(), arrivalYear: '', languagesOther: '', locale: lang };
}

export const signupValues: FormValues<SignupValues> = {
  empty,
  from(lang, raw) {
    const values = plainValues(empty(lang), raw);
    const languages = values.languages;
    return {
      ...values,
      languages: languages.filter((l) => LISTED.has(l)),
      languagesOther: languages.filter((l) => !LISTED.has(l)).join(', '),
    };
  },
  toBody({ languagesOther, ...rest }) {
    return {
      ...rest,
      languages: languagesOther.trim() ? [...rest.languages, languagesOther] : rest.languages,
    };
  },
};
