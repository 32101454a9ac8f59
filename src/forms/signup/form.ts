/** The expert-pool sign-up's definition (see ../definition.ts). */
import { ROUTES } from '../../i18n/urls.ts';
import type { FormDefinition } from '../definition.ts';
import { SIGNUP_FORM_ID, SignupFields } from './Fields.tsx';
import { signupSchema, type SignupInput } from './schema.ts';
import { SIGNUP_REFERENCE_PREFIX } from './to-record.ts';
import { signupValues, type SignupValues } from './values.ts';

export const SIGNUP_FORM: FormDefinition<SignupInput, SignupValues> = {
  id: SIGNUP_FORM_ID,
  endpoint: '/api/expert-signups',
  page: ROUTES.pool,
  thanksPage: ROUTES.poolThanks,
  // Every sign-up waits for its confirmation by e-mail (src/server/signups/), known address or not.
  thanks: () => ({
    titleKey: 'confirm.thanks.title',
    nextTextKeys: ['confirm.thanks.text', 'confirm.thanks.noMail'],
    againKey: 'signup.thanks.another',
  }),
  referencePrefix: SIGNUP_REFERENCE_PREFIX,
  schema: signupSchema,
  values: signupValues,
  Fields: SignupFields,
};
