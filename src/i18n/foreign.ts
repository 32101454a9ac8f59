/**
 * Text in another language than the page around it (a fallback title in an Arabic menu, a Dutch
 * glossary entry on a Persian page) carries its own `lang` and `dir` (WCAG 3.1.2), or "Mag ik
 * werken?" shows as "?Mag ik werken" in a right-to-left page. Spread the result on the element.
 */
import { getLocale } from './locales.ts';

export function foreignText(textLang: string, pageLang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return textLang === pageLang ? {} : { lang: textLang, dir: getLocale(textLang).dir };
}
