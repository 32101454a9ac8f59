/**
 * Expert-pool sign-up: the one yup schema the island and the function both validate with.
 * Field names are an API (docs/design.md). In JSON, `adult` and `consent` are booleans and
 * `languages`, `experience` and `availability` arrays; a plain form repeats the field.
 */
import { array, mixed, object, string, type InferType } from 'yup';
import {
  choices,
  honeypot,
  isEmailAddress,
  isPhoneNumber,
  isStorableText,
  localeChoice,
  municipalityChoice,
  mustBeTrue,
  text,
} from '../rules.ts';
import { AVAILABILITY, EXPERIENCE, SIGNUP_LIMITS } from './options.ts';

export const signupSchema = object({
  name: text({ required: true, max: SIGNUP_LIMITS.nameMax }),
  email: text({ required: true, max: SIGNUP_LIMITS.emailMax }).test(
    'email',
    'email',
    (v) => !v || v.trim() === '' || isEmailAddress(v.trim()),
  ),
  phone: text({ required: false, max: SIGNUP_LIMITS.phoneMax }).test(
    'phone',
    'phone',
    (v) => !v || v.trim() === '' || isPhoneNumber(v),
  ),
  municipality: municipalityChoice().test('required', 'required', (v) => Boolean(v)),
  /** A year: a number in JSON, four digits in a form. */
  arrivalYear: mixed<string | number>()
    .default('')
    .test('required', 'required', (v) => v !== undefined && v !== null && v !== '')
    .test('year', 'year', function check(v) {
      if (v === undefined || v === null || v === '') return true;
      const year =
        typeof v === 'number'
          ? v
          : typeof v === 'string' && /^\d{4}$/.test(v.trim())
            ? Number(v.trim())
            : NaN;
      const max = new Date().getFullYear();
      return (
        (Number.isInteger(year) && year >= SIGNUP_LIMITS.firstYear && year <= max) ||
        this.createError({ message: 'year', params: { min: SIGNUP_LIMITS.firstYear, max } })
      );
    }),
  /** Codes from the list, or any language typed in the free field. */
  languages: array()
    .strict()
    .typeError('type')
    .of(string().strict().typeError('type').defined())
    .default(() => [])
    .test('required', 'chooseSome', (v) => Array.isArray(v) && v.some((item) => (item ?? '').trim() !== ''))
    .test('tooMany', 'tooMany', (v) => !v || v.length <= SIGNUP_LIMITS.languagesMax)
    .test(
      'language',
      'tooLong',
      (v) =>
        !v ||
        v.every((item) => (item ?? '').length <= SIGNUP_LIMITS.languageMax && isStorableText(item ?? '')),
    ),
  experience: choices(EXPERIENCE).test(
    'noneAlone',
    'noneAlone',
    (v) => !v || !v.includes('none') || v.length === 1,
  ),
  availability: choices(AVAILABILITY),
  heardFrom: text({ required: false, max: SIGNUP_LIMITS.heardFromMax }),
  adult: mustBeTrue('adult'),
  consent: mustBeTrue('consent'),
  locale: localeChoice(),
  website: honeypot(),
});

export type SignupInput = InferType<typeof signupSchema>;
