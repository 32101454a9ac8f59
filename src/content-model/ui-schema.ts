import { z } from 'astro/zod';

/**
 * Interface strings of one language (`content/ui/<lang>.json`), i18next resources:
 * flat keys (`nav.skip`), values with `{{placeholders}}`, plural forms as `key_one`, `key_other`, ….
 * That every Dutch key exists in every language is checked by src/i18n/check-ui-keys.ts.
 */
export const uiSchema = z.record(
  z.string().regex(/^[a-zA-Z0-9_.-]+$/, {
    error: 'keys may contain only letters, digits, _ . and - — e.g. "nav.home"',
  }),
  z.string({ error: 'every value must be text — write it in quotes' }),
);

export type UiStrings = z.infer<typeof uiSchema>;
