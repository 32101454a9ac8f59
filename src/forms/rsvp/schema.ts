/**
 * The answer to an invitation: the one yup schema the function validates with. `token` comes from
 * the page's hidden field (the personal link); its shape and meaning are the server's to check, so a
 * wrong one gets the same neutral page as an unknown one. Field names are an API (docs/design.md).
 */
import { object, string, type InferType } from 'yup';
import { choice, honeypot, localeChoice } from '../rules.ts';

export const ANSWERS = ['yes', 'no', 'maybe'] as const;
export type Answer = (typeof ANSWERS)[number];

export const rsvpSchema = object({
  token: string().strict().typeError('type').default('').max(200, 'tooLong'),
  answer: choice((v) => (ANSWERS as readonly string[]).includes(v)).test('required', 'required', (v) =>
    Boolean(v),
  ),
  locale: localeChoice(),
  website: honeypot(),
});

export type RsvpInput = InferType<typeof rsvpSchema>;
