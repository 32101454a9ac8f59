/** The expert-pool sign-up on the server: where a valid sign-up goes (stored or updated, then the team told). */
import { SIGNUP_FORM } from '../../forms/signup/form.ts';
import type { SignupInput } from '../../forms/signup/schema.ts';
import { toSignupRecord, type NewSignup } from '../../forms/signup/to-record.ts';
import type { Pool } from '../db/pool.ts';
import type { FormEndpoint } from '../forms/endpoint.ts';
import type { Notifier } from '../mail/notifier.ts';
import { storeSignup } from './store.ts';

export function signupForm(
  pool: () => Pool,
  notifier: Notifier | null,
): FormEndpoint<SignupInput, NewSignup> {
  return {
    form: SIGNUP_FORM,
    toRecord: toSignupRecord,
    store: (signup, meta) => storeSignup(pool(), signup, meta),
    notify: notifier
      ? (signup, stored) =>
          notifier.send({
            subject: `${stored.updated ? 'Bijgewerkte' : 'Nieuwe'} aanmelding expertpool ${stored.reference}`,
            facts: { Referentie: stored.reference, Taal: signup.locale, Provincie: signup.province },
            content: { Naam: signup.name, 'E-mail': signup.email },
          })
      : undefined,
  };
}
