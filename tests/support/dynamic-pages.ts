/** Pages the functions render, per language, for the accessibility runs. */
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { pagePath, ROUTES } from '../../src/i18n/urls.ts';
import { newReference } from '../../src/server/reference.ts';

export function dynamicPagePaths(): string[] {
  return LOCALE_CODES.flatMap((lang) => [
    `${pagePath(lang, ROUTES.askThanks)}?ref=${newReference('V')}`,
    `${pagePath(lang, ROUTES.poolThanks)}?ref=${newReference('E')}`,
    // After a sign-up's confirmation (the other states need a database row: tests/e2e/signup-confirm.test.ts).
    `${pagePath(lang, ROUTES.poolConfirmed)}?ref=${newReference('E')}`,
  ]);
}

/** Form pages whose error state (after an empty submit, with JavaScript) must pass too. */
export function formPagePaths(): string[] {
  return LOCALE_CODES.flatMap((lang) => [pagePath(lang, ROUTES.ask), pagePath(lang, ROUTES.pool)]);
}
