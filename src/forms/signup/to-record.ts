/**
 * What is stored for a valid sign-up: one column per key (arrivalYear → arrival_year, see
 * src/server/db/columns.ts). A new field is added here and in a migration.
 */
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { municipality } from '../municipalities.ts';
import type { SignupInput } from './schema.ts';

/** First letter of a sign-up's reference (E-7K3Q-9P). */
export const SIGNUP_REFERENCE_PREFIX = 'E';

export interface NewSignup {
  locale: string;
  name: string;
  email: string;
  phone: string | null;
  municipality: string;
  province: string;
  arrivalYear: number;
  languages: string[];
  experience: string[];
  availability: string[];
  heardFrom: string | null;
  status: 'new' | 'suspect';
}

/** Languages without empty free-text entries, trimmed, without duplicates. */
export function cleanLanguages(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

export function toSignupRecord(valid: SignupInput, { suspect }: { suspect: boolean }): NewSignup {
  const place = municipality(valid.municipality);
  // The function's schema context checks the code against the official list.
  if (!place) throw new Error('A sign-up reached storage with an unknown municipality code.');
  return {
    locale: valid.locale || SOURCE_LOCALE,
    name: valid.name,
    email: valid.email.trim(),
    phone: valid.phone.trim() ? valid.phone : null,
    municipality: place.code,
    province: place.province,
    arrivalYear: typeof valid.arrivalYear === 'number' ? valid.arrivalYear : Number(valid.arrivalYear.trim()),
    languages: cleanLanguages(valid.languages),
    experience: [...new Set(valid.experience)],
    availability: [...new Set(valid.availability)],
    heardFrom: valid.heardFrom.trim() ? valid.heardFrom : null,
    status: suspect ? 'suspect' : 'new',
  };
}
