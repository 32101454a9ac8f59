/**
 * What a valid answer becomes: the link's token (hashed by the server before any lookup; never
 * stored), the answer, and the language the page was read in.
 */
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import type { Answer, RsvpInput } from './schema.ts';

/** An answer belongs to a session: its references start with S (S-7K3Q-9P). */
export const RSVP_REFERENCE_PREFIX = 'S';

export interface RsvpRecord {
  token: string;
  answer: Answer;
  locale: string;
}

export function toRsvpRecord(valid: RsvpInput): RsvpRecord {
  return { token: valid.token, answer: valid.answer as Answer, locale: valid.locale || SOURCE_LOCALE };
}
