/**
 * i18next set up for the site's interface strings. One instance serves pages (build time) and
 * functions (run time); the fallback chain per language comes from locales.ts.
 */
import i18next, { type TFunction } from 'i18next';
import { fallbackChain, SOURCE_LOCALE } from './locales.ts';
import type { Strings } from './check-ui-keys.ts';

export type Translate = TFunction;

export function createTranslator(resources: Record<string, Strings>): (locale: string) => Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(
      Object.entries(resources).map(([code, strings]) => [code, { translation: strings }]),
    ),
    lng: SOURCE_LOCALE,
    fallbackLng: (code: string) => fallbackChain(code),
    // Keys are flat ("nav.skip"), so dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    // Astro escapes output; the functions escape their HTML themselves (src/lib/html.ts).
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
  });
  const cache = new Map<string, Translate>();
  return (locale: string) => {
    let t = cache.get(locale);
    if (!t) {
      t = instance.getFixedT(locale);
      cache.set(locale, t);
    }
    return t;
  };
}
