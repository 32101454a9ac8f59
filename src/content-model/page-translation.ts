/**
 * A page's translation status as one word, for feedback (stored with each answer, so a report
 * about a bad translation can be read against what the reader saw): the Dutch source, a fallback
 * to another language's text, or a translation that is outdated, machine-made or reviewed.
 */
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translationOf } from './translation-status.ts';

export type PageTranslation = 'source' | 'fallback' | 'outdated' | 'machine' | 'reviewed';

export function pageTranslation(
  lang: string,
  contentLang: string,
  /** The key in the translation status: the slug, or checker/<result>. */
  statusKey: string,
  /** The front matter's `translation`. */
  translation: string | undefined,
): PageTranslation {
  if (contentLang !== lang) return 'fallback';
  if (lang === SOURCE_LOCALE) return 'source';
  if (translationOf(lang, statusKey)?.state === 'outdated') return 'outdated';
  return translation === 'reviewed' ? 'reviewed' : 'machine';
}
