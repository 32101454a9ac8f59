/** URL helpers. Every locale is prefixed; a page has the same slug (the Dutch file name) everywhere. */
import { LOCALE_CODES } from './locales.ts';

/** The home page's slug: content/pages/<lang>/index.mdx. */
export const HOME_SLUG = 'index';

export function pagePath(lang: string, slug: string = HOME_SLUG): string {
  return slug === HOME_SLUG ? `/${lang}/` : `/${lang}/${slug}/`;
}

/** The same path in another language: /ar/pip/ → /en/pip/. */
export function switchLocale(path: string, lang: string): string {
  return path.replace(/^\/[^/]+\//, `/${lang}/`);
}

/**
 * A link in content, for a reader of `lang`: a page of the site in any language (/nl/pip/#x) leads
 * to the same page in the reader's language (/ar/pip/#x) — every page exists in every language, as
 * a translation or a fallback. Other links stay as written.
 */
export function localHref(href: string, lang: string): string {
  const match = /^\/([^/#?]+)(\/.*)?$/.exec(href);
  if (!match || !LOCALE_CODES.includes(match[1]!) || match[1] === lang) return href;
  return `/${lang}${match[2] ?? '/'}`;
}

/** Every Markdown link and href to a page of the site in an MDX text, written for `lang` (npm run i18n:new). */
export function localizeLinks(mdx: string, lang: string): string {
  return mdx.replace(
    /(\]\(|href=["'])(\/[^)"'\s]*)/g,
    (_, before: string, href: string) => before + localHref(href, lang),
  );
}

/** Link target of a glossary term: its entry on the glossary page. */
export function termPath(lang: string, id: string): string {
  return `${pagePath(lang, ROUTES.glossary)}#${id}`;
}

/** Slugs of the site's own routes (not content pages), shared by pages, forms and functions. */
export const ROUTES = {
  ask: 'stel-je-vraag',
  askThanks: 'stel-je-vraag/bedankt',
  pool: 'expertpool',
  poolThanks: 'expertpool/bedankt',
  /** /<lang>/expertpool/bevestigen/<token>/: the link in a sign-up's confirmation mail. */
  poolConfirm: 'expertpool/bevestigen',
  /** After the confirmation: /<lang>/expertpool/bevestigd/?ref=E-…. */
  poolConfirmed: 'expertpool/bevestigd',
  insights: 'expertpool/inzichten',
  checker: 'wat-geldt-voor-mij',
  glossary: 'begrippen',
  privacy: 'privacy',
  accessibility: 'toegankelijkheid',
  about: 'over-deze-site',
  translationStatus: 'vertaalstatus',
  /** An invitation's reply page: /<lang>/expertpool/uitnodiging/<token>/ (rendered by a function). */
  invitation: 'expertpool/uitnodiging',
  search: 'zoeken',
} as const;

/** The personal reply page of an invitation. */
export function invitationPath(lang: string, token: string): string {
  return pagePath(lang, `${ROUTES.invitation}/${encodeURIComponent(token)}`);
}

/** A form's thank-you page (`page`) for one submission; `updated` when a sign-up replaced an earlier one. */
export function thanksHref(page: string, reference: string, updated = false): string {
  return `${page}?ref=${encodeURIComponent(reference)}${updated ? '&updated=1' : ''}`;
}

/** Paths kept out of the sitemap and search engines (thank-you and editors' pages). */
export function isUnlistedPath(path: string): boolean {
  return /\/(bedankt|vertaalstatus)\/$/.test(path);
}
