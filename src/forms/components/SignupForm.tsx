/** The expert-pool sign-up island: the shared form machinery over the SignupFields view. */
import type { Messages } from '../messages.ts';
import { useFormIsland } from '../island/use-form-island.ts';
import { SIGNUP_FIELDS, signupSchema } from '../signup-schema.ts';
import { emptySignup, SIGNUP_FORM_ID, signupBody, SignupFields, type SignupValues } from './SignupFields.tsx';

export interface SignupFormProps {
  lang: string;
  messages: Messages;
  endpoint: string;
  privacyHref: string;
  /** The thank-you page, for when the server's answer names none. */
  thanksPage: string;
  /** What was typed before the island started. */
  typed?: SignupValues;
}

export default function SignupForm({ lang, messages, endpoint, privacyHref, thanksPage, typed }: SignupFormProps) {
  const island = useFormIsland<SignupValues>({
    formId: SIGNUP_FORM_ID,
    lang,
    messages,
    endpoint,
    schema: signupSchema,
    fields: SIGNUP_FIELDS,
    emptyValues: emptySignup(lang),
    toBody: signupBody,
    typed,
    thanksPage,
  });
  return (
    <SignupFields
      {...island}
      lang={lang}
      endpoint={endpoint}
      privacyHref={privacyHref}
      municipalityOptions=""
      onOtherLanguage={(event) => void island.formik.setFieldValue('languagesOther', (event.target as HTMLInputElement).value, false)}
    />
  );
}
