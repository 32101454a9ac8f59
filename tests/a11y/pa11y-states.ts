/**
 * Page states pa11y-ci must check beyond the built pages: the thank-you pages (rendered by a
 * function), each form's error state (empty submit with JavaScript) and the search page with its
 * results shown, in every language.
 */
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { dynamicPagePaths, formPagePaths } from '../support/dynamic-pages.ts';

export function extraPa11yUrls(origin: string): Array<string | { url: string; actions: string[] }> {
  return [
    ...dynamicPagePaths().map((path) => `${origin}${path}`),
    ...formPagePaths().map((path) => ({
      url: `${origin}${path}#errors`,
      actions: [
        'wait for element form.ww-form[data-enhanced] to be added',
        'click element form.ww-form button[type=submit]',
        'wait for element .ww-error-summary to be visible',
      ],
    })),
    ...LOCALE_CODES.map((lang) => ({
      url: `${origin}/${lang}/zoeken/?q=PIP`,
      actions: ['wait for element #search-results li to be added'],
    })),
  ];
}
