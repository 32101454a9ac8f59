declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** Interface strings in the page's language (the URL's; Dutch for pages outside a language). */
    t: import('./i18n/translator.ts').Translate;
    /** Interface strings in any language (the content's, on a fallback page). */
    translate(lang: string): import('./i18n/translator.ts').Translate;
    /** The language the page's content is written in; throws on a page whose route names none. */
    contentLang: string;
  }
}
