/**
 * The pages of a sign-up's confirmation, rendered by a function in the reader's language (the one
 * they signed up in), right-to-left where the language is, without JavaScript:
 * - ask: what confirming does, and one button that POSTs the token (a GET never confirms: mail
 *   scanners open links);
 * - done: the sign-up is confirmed, with its reference;
 * - invalid: the same page for an unknown, expired or used-up link, so links cannot be probed.
 */
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { escapeHtml } from '../../lib/html.ts';
import { serverTranslate } from '../i18n.ts';
import { renderShell } from './shell.ts';

export const CONFIRM_ENDPOINT = '/api/signup-confirmations';

function referenceBlock(t: (key: string) => string, reference: string): string {
  return `<div class="ww-thanks">
<p>${escapeHtml(t('form.thanks.reference'))}:</p>
<p class="ww-reference" dir="ltr"><bdi>${escapeHtml(reference)}</bdi></p>
</div>`;
}

export function renderConfirmAsk(
  lang: string,
  options: { token: string; reference: string; replaces: boolean },
): string {
  const t = serverTranslate(lang);
  const title = t('confirm.page.title');
  return renderShell({
    lang,
    title,
    template: 'confirm',
    main: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(options.replaces ? 'confirm.page.replaces' : 'confirm.page.text'))}</p>
<form method="post" action="${CONFIRM_ENDPOINT}" novalidate>
<input type="hidden" name="token" value="${escapeHtml(options.token)}">
<input type="hidden" name="locale" value="${escapeHtml(lang)}">
<button type="submit" class="utrecht-button utrecht-button--primary-action ww-submit">${escapeHtml(t('confirm.page.button'))}</button>
</form>
${referenceBlock(t, options.reference)}
<p>${escapeHtml(t('confirm.page.notYou'))}</p>`,
  });
}

export function renderConfirmDone(lang: string, reference: string): string {
  const t = serverTranslate(lang);
  const title = t('confirm.done.title');
  return renderShell({
    lang,
    title,
    template: 'confirm',
    main: `<h1>${escapeHtml(title)}</h1>
${referenceBlock(t, reference)}
<p>${escapeHtml(t('confirm.done.text'))}</p>
<ul>
<li><a href="${escapeHtml(pagePath(lang, ROUTES.pool))}">${escapeHtml(t('signup.thanks.another'))}</a></li>
<li><a href="${escapeHtml(pagePath(lang))}">${escapeHtml(t('form.thanks.home'))}</a></li>
</ul>`,
  });
}

export function renderConfirmInvalid(lang: string): string {
  const t = serverTranslate(lang);
  const title = t('confirm.invalid.title');
  return renderShell({
    lang,
    title,
    template: 'confirm',
    main: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('confirm.invalid.text'))}</p>
<p><a href="${escapeHtml(pagePath(lang, ROUTES.pool))}">${escapeHtml(t('confirm.invalid.again'))}</a></p>`,
  });
}
