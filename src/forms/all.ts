/**
 * Every form of the site. The functions' thank-you pages and the tests read this list; the
 * island bundles never import it (each page loads only its own form).
 */
import type { AnyForm } from './definition.ts';
import { FEEDBACK_FORM } from './feedback/form.ts';
import { QUESTION_FORM } from './question/form.ts';
import { RSVP_FORM } from './rsvp/form.ts';
import { SIGNUP_FORM } from './signup/form.ts';

export const FORMS: readonly AnyForm[] = [QUESTION_FORM, SIGNUP_FORM, RSVP_FORM, FEEDBACK_FORM];
