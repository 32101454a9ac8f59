/**
 * The answer to an invitation (see ../definition.ts). It lives on a page a function renders
 * (/<lang>/expertpool/uitnodiging/<token>/), whose Content-Security-Policy allows no script: the
 * form is three radio buttons and a button, and needs no island. After an answer the person comes
 * back to that page, which shows the answer: there is no thank-you page.
 */
import { ROUTES } from '../../i18n/urls.ts';
import type { FormDefinition } from '../definition.ts';
import { RSVP_FORM_ID, RsvpFields } from './Fields.tsx';
import { rsvpSchema, type RsvpInput } from './schema.ts';
import { RSVP_REFERENCE_PREFIX } from './to-record.ts';
import { rsvpValues, type RsvpValues } from './values.ts';

export const RSVP_FORM: FormDefinition<RsvpInput, RsvpValues> = {
  id: RSVP_FORM_ID,
  endpoint: '/api/rsvp',
  // Where a request that cannot be read sends the person back to: the expert pool's page.
  page: ROUTES.pool,
  referencePrefix: RSVP_REFERENCE_PREFIX,
  schema: rsvpSchema,
  values: rsvpValues,
  Fields: RsvpFields,
};
