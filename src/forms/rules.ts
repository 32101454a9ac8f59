/**
 * Validation rules shared by the forms, in the browser and in the functions. Error messages are
 * codes; the interface strings turn them into text in the reader's language
 * (`<form>.<field>.<code>`, falling back to `form.error.<code>`).
 */
import { array, boolean, string } from 'yup';
import { LOCALE_CODES } from '../i18n/locales.ts';

/** Text that PostgreSQL can store exactly as typed: no NUL, no lone UTF-16 surrogates. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/** Dutch (06 12345678, 020-1234567) or international (+31 6…, 0031 6…, +249 …) phone numbers. */
export function isPhoneNumber(value: string): boolean {
  const compact = value.replace(/[\s().-]/g, '');
  return /^(?:\+|00)[1-9]\d{7,14}$/.test(compact) || /^0[1-9]\d{8}$/.test(compact);
}

/** A practical e-mail check (the browser's type=email rule): name@domain.tld, no spaces. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u.test(value);
}

/** Whitespace at the ends does not count towards a length. */
export function trimmedLength(value: string | undefined): number {
  return (value ?? '').trim().length;
}

/**
 * A text field. `strict` so numbers, booleans or objects in JSON are refused instead of cast.
 * Lengths count UTF-16 code units, like the browser's maxlength.
 */
export function text(options: { required: boolean; min?: number; max: number }) {
  const { required, min, max } = options;
  return string()
    .strict()
    .typeError('type')
    .default('')
    .test('storable', 'storable', (v) => v === undefined || isStorableText(v))
    .test('length', 'length', function check(v) {
      const length = trimmedLength(v);
      if (length === 0) return required ? this.createError({ message: 'required' }) : true;
      if (min !== undefined && length < min)
        return this.createError({ message: 'tooShort', params: { min, max } });
      if ((v ?? '').length > max) return this.createError({ message: 'tooLong', params: { min, max } });
      return true;
    });
}

/**
 * What a schema needs from its caller. The functions pass the official municipality list; the
 * browser does not carry the list (its select offers only valid codes) and checks the form only.
 */
export interface SchemaContext {
  isMunicipalityCode?: (code: string) => boolean;
}

/** A choice from a list (empty is allowed unless a test says otherwise). */
export function choice(isValid: (value: string) => boolean) {
  return string()
    .strict()
    .typeError('type')
    .default('')
    .test('choose', 'choose', (v) => v === undefined || v === '' || isValid(v));
}

/** One of the site's languages (the form's `locale`, the language of an answer). */
export const localeChoice = () => choice((v) => LOCALE_CODES.includes(v));

/** A CBS municipality code (GM0363); on the server also one of the official list. */
export function municipalityChoice() {
  return string()
    .strict()
    .typeError('type')
    .default('')
    .test('choose', 'choose', function check(v) {
      if (v === undefined || v === '') return true;
      const known = (this.options.context as SchemaContext | undefined)?.isMunicipalityCode;
      return /^GM\d{4}$/.test(v) && (known ? known(v) : true);
    });
}

/** A checkbox that must be ticked (consent, being an adult); `code` is also its error. */
export function mustBeTrue(code: string) {
  return boolean()
    .strict()
    .typeError('type')
    .default(false)
    .test(code, code, (v) => v === true);
}

/** Checkboxes from a list: at least one, each a known value. */
export function choices(allowed: readonly string[]) {
  return array()
    .strict()
    .typeError('type')
    .of(string().strict().typeError('type').defined())
    .default(() => [])
    .test('required', 'chooseSome', (v) => Array.isArray(v) && v.length > 0)
    .test('choose', 'choose', (v) => !v || v.every((item) => allowed.includes(item)));
}

/** The honeypot: people leave it empty; the endpoint answers bots like a success and stores nothing. */
export const honeypot = () => string().strict().typeError('type').default('').max(500, 'tooLong');
