/**
 * The expert-pool sign-up on the server: a valid sign-up is stored as a request waiting for its
 * confirmation (request.ts) and answered at once, the same way for a known and an unknown address;
 * after the answer, the person is mailed the link in their language (a different text when the
 * address is known). The team is told when a sign-up is confirmed (confirm-endpoint.ts).
 */
import { SIGNUP_FORM } from '../../forms/signup/form.ts';
import type { SignupInput } from '../../forms/signup/schema.ts';
import { toSignupRecord, type NewSignup } from '../../forms/signup/to-record.ts';
import { normalizeContact } from '../../lib/normal-contact.ts';
import type { Pool } from '../db/pool.ts';
import type { FormEndpoint } from '../forms/endpoint.ts';
import type { Mailer } from '../mail/mailer.ts';
import { confirmationLink, confirmationMail } from './confirmation-mail.ts';
import { recordMailStatus, storeSignupRequest, type RequestResult } from './request.ts';

export interface SignupDeps {
  pool: () => Pool;
  mailer: Mailer;
  /** The site's address for the link (src/config/site-url.ts). */
  siteUrl: string;
  /** How long the link works (retention config: SIGNUP_CONFIRM_DAYS). */
  confirmDays: number;
}

async function isKnown(pool: Pool, email: string): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 FROM expert_signups WHERE email_normalized = $1', [
    normalizeContact(email),
  ]);
  return rows.length > 0;
}

export function signupForm(deps: SignupDeps): FormEndpoint<SignupInput, NewSignup, RequestResult> {
  const { pool, mailer, siteUrl, confirmDays } = deps;
  return {
    form: SIGNUP_FORM,
    toRecord: toSignupRecord,
    store: (signup, meta) => storeSignupRequest(pool(), signup, meta, confirmDays),
    // Runs after the answer (see the endpoint's notifyLater), so its work cannot tell a known
    // address from an unknown one by the time the answer takes.
    async notify(signup, stored) {
      const { token } = stored;
      if (!token) return;
      const mail = confirmationMail(signup.locale, {
        reference: stored.reference,
        link: confirmationLink(siteUrl, signup.locale, token),
        replaces: await isKnown(pool(), signup.email),
        days: confirmDays,
      });
      let status: 'sent' | 'unsent' | 'failed' = 'failed';
      try {
        status = await mailer.send({ to: signup.email, mail });
      } finally {
        await recordMailStatus(pool(), stored.reference, status);
      }
    },
  };
}
