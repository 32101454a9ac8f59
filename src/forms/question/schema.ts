/**
 * "Stel hem aan ons": the fields, their limits and the one yup schema that the browser island and
 * the function both validate with. Field names are an API (docs/design.md): do not rename them.
 * Every field the endpoint accepts is here; anything else is refused with 400.
 */
import { object, type InferType } from 'yup';
import {
  choice,
  honeypot,
  isEmailAddress,
  isPhoneNumber,
  localeChoice,
  municipalityChoice,
  mustBeTrue,
  text,
} from '../rules.ts';

export const QUESTION_LIMITS = { questionMin: 10, questionMax: 2000, nameMax: 100, contactMax: 200 } as const;
export const CHANNELS = ['email', 'phone', 'whatsapp'] as const;

export const questionSchema = object({
  question: text({ required: true, min: QUESTION_LIMITS.questionMin, max: QUESTION_LIMITS.questionMax }),
  channel: choice((v) => (CHANNELS as readonly string[]).includes(v)).test(
    'required',
    'required',
    (v) => v !== undefined && v !== '',
  ),
  contact: text({ required: true, max: QUESTION_LIMITS.contactMax }).test(
    'contact',
    'invalid',
    function check(value) {
      const channel = this.parent.channel as string | undefined;
      if (!value || value.trim() === '' || !channel) return true;
      const v = value.trim();
      if (channel === 'email') return isEmailAddress(v) || this.createError({ message: 'email' });
      if (channel === 'phone' || channel === 'whatsapp')
        return isPhoneNumber(v) || this.createError({ message: 'phone' });
      return true;
    },
  ),
  name: text({ required: false, max: QUESTION_LIMITS.nameMax }),
  municipality: municipalityChoice(),
  answerLanguage: localeChoice(),
  consent: mustBeTrue('consent'),
  locale: localeChoice(),
  website: honeypot(),
});

export type QuestionInput = InferType<typeof questionSchema>;
