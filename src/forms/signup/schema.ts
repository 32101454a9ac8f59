/**
 * Expert-pool sign-up: the one yup schema the island and the function both validate with.
 * Field names are an API (DESIGN.md). In JSON, `adult` and `consent` are booleans and
 * `languages`, `experience` and `availability` arrays; a plain form repeats the field.
 */
import { array, boolean, mixed, object, string, type InferType } from 'yup';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { municipalityChoice } from './question-schema.ts';
import { isEmailAddress, isPhoneNumber, isStorableText, text } from './rules.ts';
import { AVAILABILITY, EXPERIENCE, SIGNUP_LIMITS } from './signup-options.ts';

export const SIGNUP_FIELDS = [
  'name',
  'email',
  'phone',
  'municipality',
  'arrivalYear',
  'languages',
  'experience',
  'availability',
  'heardFrom',
  'adult',
  'consent',
  'locale',
  'website',
] as const;

export const SIGNUP_ARRAYS = ['languages', 'experience', 'availability'] as const;

/** How a plain form sends these fields (see raw-values.ts). */
export const SIGNUP_SHAPE = { fields: SIGNUP_FIELDS, arrays: SIGNUP_ARRAYS, booleans: ['adult', 'consent'] } as const;

const choices = (allowed: readonly string[]) =>
  array()
    .strict()
    .typeError('type')
    .of(string().strict().typeError('type'))
    .test('required', 'chooseSome', (v) => Array.isArray(v) && v.length > 0)
    .test('choose', 'choose', (v) => !v || v.every((item) => allowed.includes(item ?? '')));

const mustBeTrue = (code: string) =>
  boolean()
    .strict()
    .typeError('type')
    .test(code, code, (v) => v === true);

export const signupSchema = object({
  name: text({ required: true, max: SIGNUP_LIMITS.nameMax }),
  email: text({ required: true, max: SIGNUP_LIMITS.emailMax }).test('email', 'email', (v) => !v || v.trim() === '' || isEmailAddress(v.trim())),
  phone: text({ required: false, max: SIGNUP_LIMITS.phoneMax }).test('phone', 'phone', (v) => !v || v.trim() === '' || isPhoneNumber(v)),
  municipality: municipalityChoice().test('required', 'required', (v) => Boolean(v)),
  /** A year: a number in JSON, four digits in a form. */
  arrivalYear: mixed<string | number>()
    .test('required', 'required', (v) => v !== undefined && v !== null && v !== '')
    .test('year', 'year', function check(v) {
      if (v === undefined || v === null || v === '') return true;
      const year = typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : NaN;
      const max = new Date().getFullYear();
      return (Number.isInteger(year) && year >= SIGNUP_LIMITS.firstYear && year <= max) || this.createError({ message: 'year', params: { min: SIGNUP_LIMITS.firstYear, max } });
    }),
  /** Codes from the list, or any language typed in the free field. */
  languages: array()
    .strict()
    .typeError('type')
    .of(string().strict().typeError('type'))
    .test('required', 'chooseSome', (v) => Array.isArray(v) && v.some((item) => (item ?? '').trim() !== ''))
    .test('tooMany', 'tooMany', (v) => !v || v.length <= SIGNUP_LIMITS.languagesMax)
    .test('language', 'tooLong', (v) => !v || v.every((item) => (item ?? '').length <= SIGNUP_LIMITS.languageMax && isStorableText(item ?? ''))),
  experience: choices(EXPERIENCE).test('noneAlone', 'noneAlone', (v) => !v || !v.includes('none') || v.length === 1),
  availability: choices(AVAILABILITY),
  heardFrom: text({ required: false, max: SIGNUP_LIMITS.heardFromMax }),
  adult: mustBeTrue('adult'),
  consent: mustBeTrue('consent'),
  locale: string()
    .strict()
    .typeError('type')
    .test('choose', 'choose', (v) => v === undefined || v === '' || LOCALE_CODES.includes(v)),
  website: string().strict().typeError('type').max(500, 'tooLong'),
});

export type SignupInput = InferType<typeof signupSchema>;

/** The arrival year as a number (valid input only). */
export function arrivalYearOf(value: string | number | undefined): number {
  return typeof value === 'number' ? value : Number(String(value).trim());
}

/** Languages without empty free-text entries, trimmed, without duplicates. */
export function cleanLanguages(values: readonly (string | undefined)[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => (v ?? '').trim()).filter(Boolean))];
}
