/**
 * Validation rules shared by both forms, in the browser and in the functions. Error messages are
 * codes; the interface strings turn them into text in the reader's language
 * (`<form>.<field>.<code>`, falling back to `form.error.<code>`).
 */
import { string } from 'yup';

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
    .test('storable', 'storable', (v) => v === undefined || isStorableText(v))
    .test('length', 'length', function check(v) {
      const length = trimmedLength(v);
      if (length === 0) return required ? this.createError({ message: 'required' }) : true;
      if (min !== undefined && length < min) return this.createError({ message: 'tooShort', params: { min, max } });
      if ((v ?? '').length > max) return this.createError({ message: 'tooLong', params: { min, max } });
      return true;
    });
}
