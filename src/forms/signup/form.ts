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
  thanks: (updated) => ({
    titleKey: updated ? 'signup.thanks.titleUpdated' : 'signup.thanks.title',
    nextTextKeys: updated
      ? ['signup.thanks.updatedText', 'signup.thanks.nextText']
      : ['signup.thanks.nextText'],
    againKey: 'signup.thanks.another',
  }),
  referencePrefix: SIGNUP_REFERENCE_PREFIX,
  schema: signupSchema,
  values: signupValues,
  Fields: SignupFields,
};
