/**
 * GET /<lang>/stel-je-vraag/bedankt/?ref=… and /<lang>/expertpool/bedankt/?ref=…: the thank-you
 * pages with the reference. A malformed reference or unknown language is a 404; nothing is looked
 * up in the database (the reference is not personal data, and this keeps the page fast).
 */
import { isLocale } from '../../i18n/locales.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { html, json } from '../http/responses.ts';
import { renderThanksPage, type ThanksContent } from '../pages/thanks-page.ts';
import { isReference } from '../reference.ts';

const PAGES: ReadonlyArray<{ route: string; prefix: string; content: (lang: string, updated: boolean) => ThanksContent }> = [
  {
    route: ROUTES.askThanks,
    prefix: 'V',
    content: (lang) => ({ titleKey: 'question.thanks.title', nextTextKeys: ['question.thanks.nextText'], againHref: pagePath(lang, ROUTES.ask), againKey: 'question.thanks.another' }),
  },
  {
    route: ROUTES.poolThanks,
    prefix: 'E',
    content: (lang, updated) => ({
      titleKey: updated ? 'signup.thanks.titleUpdated' : 'signup.thanks.title',
      nextTextKeys: updated ? ['signup.thanks.updatedText', 'signup.thanks.nextText'] : ['signup.thanks.nextText'],
      againHref: pagePath(lang, ROUTES.pool),
      againKey: 'signup.thanks.another',
    }),
  },
];

export async function handleThanks(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, { error: 'method' }, { Allow: 'GET, HEAD' });
  const url = new URL(request.url);
  const [, lang = '', ...rest] = url.pathname.replace(/\/$/, '').split('/');
  const route = rest.join('/');
  const page = PAGES.find((p) => p.route === route);
  const reference = url.searchParams.get('ref') ?? '';
  if (!isLocale(lang) || !page || !isReference(reference, page.prefix)) return json(404, { error: 'notFound' });
  return html(200, renderThanksPage(lang, reference, page.content(lang, url.searchParams.get('updated') === '1')));
}
