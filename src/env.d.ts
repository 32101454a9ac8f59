declare namespace App {
  interface Locals {
    /** Language of the content being rendered (see src/components/content/content-lang.ts). */
    contentLang?: string;
    /** URL language of the page being rendered. */
    pageLang?: string;
  }
}
