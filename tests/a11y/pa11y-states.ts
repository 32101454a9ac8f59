/**
 * Page states pa11y-ci must check beyond the built pages: the thank-you pages (rendered by a
 * function) and each form's error state (empty submit with JavaScript), in every language.
 */
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
  ];
}
