/**
 * "Is deze pagina nuttig?" and "Er klopt iets niet op deze pagina": one endpoint, two plain forms at
 * the end of a page. Only what is needed to improve the page is accepted — the page, its
 * translation status, the answer, the kind of problem and a short text — never a name or contact.
 * Field names are an API (docs/design.md).
 */
import { object, string, type InferType } from 'yup';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { choice, honeypot, localeChoice, text } from '../rules.ts';

export const FEEDBACK_ANSWERS = ['yes', 'no'] as const;
export const FEEDBACK_CATEGORIES = ['wrong-fact', 'unclear', 'translation', 'missing', 'other'] as const;
/** The page's translation when the feedback was given: the Dutch source, or how current its translation was. */
export const PAGE_TRANSLATIONS = ['source', 'reviewed', 'machine', 'outdated', 'fallback'] as const;
export const FEEDBACK_LIMITS = { textMax: 1000, pageMax: 200 } as const;

const PAGE_PATH = new RegExp(`^/(?:${LOCALE_CODES.join('|')})/(?:[a-z0-9-]+/)*$`);

/** A page of the site, as its path (/ar/pip/): where the feedback is about, and where the reader goes back to. */
export function isPagePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= FEEDBACK_LIMITS.pageMax && PAGE_PATH.test(value);
}

const among = (list: readonly string[]) => choice((v) => list.includes(v));

export const feedbackSchema = object({
  page: string()
    .strict()
    .typeError('type')
    .default('')
    .test('page', 'invalid', (v) => isPagePath(v)),
  translation: among(PAGE_TRANSLATIONS).test('required', 'required', (v) => Boolean(v)),
  answer: among(FEEDBACK_ANSWERS),
  // A report names its kind of problem; a plain yes/no needs none.
  category: among(FEEDBACK_CATEGORIES).test('required', 'required', function check(v) {
    return Boolean(v) || Boolean(this.parent.answer);
  }),
  text: text({ required: false, max: FEEDBACK_LIMITS.textMax }),
  locale: localeChoice(),
  website: honeypot(),
});

export type FeedbackInput = InferType<typeof feedbackSchema>;
