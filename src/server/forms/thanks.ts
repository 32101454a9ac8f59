/**
 * GET /<lang>/<form page>/bedankt/?ref=…: the thank-you page of each form (src/forms/all.ts), with
 * the reference. A malformed reference or unknown language is a 404; nothing is looked up in the
 * database (the reference is not personal data, and this keeps the page fast).
 */
import { FORMS } from '../../forms/all.ts';
import { isLocale } from '../../i18n/locales.ts';
import { html, json } from '../http/responses.ts';
import { renderThanksPage } from '../pages/thanks-page.ts';
import { isReference } from '../reference.ts';

export async function handleThanks(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return json(405, { error: 'method' }, { Allow: 'GET, HEAD' });
  const url = new URL(request.url);
  const [, lang = '', ...rest] = url.pathname.replace(/\/$/, '').split('/');
  const route = rest.join('/');
  const form = FORMS.find((f) => f.thanksPage !== undefined && f.thanksPage === route);
  const reference = url.searchParams.get('ref') ?? '';
  if (!isLocale(lang) || !form?.thanks || !isReference(reference, form.referencePrefix))
    return json(404, { error: 'notFound' });
  const page = { page: form.page, thanks: form.thanks };
  return html(200, renderThanksPage(page, lang, reference, url.searchParams.get('updated') === '1'));
}
