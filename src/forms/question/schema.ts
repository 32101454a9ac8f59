/**
 * "Stel hem aan ons": the fields, their limits and the one yup schema that the browser island and
 * the function both validate with. Field names are an API (DESIGN.md): do not rename them.
 */
import { boolean, object, string, type InferType } from 'yup';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { isEmailAddress, isPhoneNumber, text } from './rules.ts';

export const QUESTION_LIMITS = { questionMin: 10, questionMax: 2000, nameMax: 100, contactMax: 200 } as const;
export const CHANNELS = ['email', 'phone', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every field the endpoint accepts; anything else is refused with 400. */
export const QUESTION_FIELDS = ['question', 'channel', 'contact', 'name', 'municipality', 'answerLanguage', 'consent', 'locale', 'website'] as const;

/** How a plain form sends these fields (see raw-values.ts). */
export const QUESTION_SHAPE = { fields: QUESTION_FIELDS, booleans: ['consent'] } as const;

const optionalChoice = (isValid: (v: string) => boolean) =>
  string()
    .strict()
    .typeError('type')
    .test('choose', 'choose', (v) => v === undefined || v === '' || isValid(v));

/**
 * What the schema needs from its caller. The functions pass the official municipality list; the
 * browser does not carry the list (its select offers only valid codes) and checks the form only.
 */
export interface SchemaContext {
  isMunicipalityCode?: (code: string) => boolean;
}

export const municipalityChoice = () =>
  string()
    .strict()
    .typeError('type')
    .test('choose', 'choose', function check(v) {
      if (v === undefined || v === '') return true;
      const known = (this.options.context as SchemaContext | undefined)?.isMunicipalityCode;
      return /^GM\d{4}$/.test(v) && (known ? known(v) : true);
    });

export const questionSchema = object({
  question: text({ required: true, min: QUESTION_LIMITS.questionMin, max: QUESTION_LIMITS.questionMax }),
  channel: string()
    .strict()
    .typeError('type')
    .test('required', 'required', (v) => v !== undefined && v !== '')
    .test('choose', 'choose', (v) => v === undefined || v === '' || (CHANNELS as readonly string[]).includes(v)),
  contact: text({ required: true, max: QUESTION_LIMITS.contactMax }).test('contact', 'invalid', function check(value) {
    const channel = this.parent.channel as string | undefined;
    if (!value || value.trim() === '' || !channel) return true;
    const v = value.trim();
    if (channel === 'email') return isEmailAddress(v) || this.createError({ message: 'email' });
    if (channel === 'phone' || channel === 'whatsapp') return isPhoneNumber(v) || this.createError({ message: 'phone' });
    return true;
  }),
  name: text({ required: false, max: QUESTION_LIMITS.nameMax }),
  municipality: municipalityChoice(),
  answerLanguage: optionalChoice((v) => LOCALE_CODES.includes(v)),
  consent: boolean()
    .strict()
    .typeError('type')
    .test('consent', 'consent', (v) => v === true),
  locale: optionalChoice((v) => LOCALE_CODES.includes(v)),
  /** Honeypot: people leave it empty; the endpoint answers bots like a success and stores nothing. */
  website: string().strict().typeError('type').max(500, 'tooLong'),
});

export type QuestionInput = InferType<typeof questionSchema>;
