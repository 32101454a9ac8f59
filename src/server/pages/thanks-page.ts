/**
 * The thank-you page after a submission: the reference in large type, what happens next, how the
 * answer comes. Rendered by a function because the reference comes from the request.
 */
import type { ThanksTexts } from '../../forms/definition.ts';
import { pagePath } from '../../i18n/urls.ts';
import { escapeHtml } from '../../lib/html.ts';
import { serverTranslate } from '../i18n.ts';
import { renderShell } from './shell.ts';

export function renderThanksPage(
  form: { page: string; thanks(updated: boolean): ThanksTexts },
  lang: string,
  reference: string,
  updated: boolean,
): string {
  const t = serverTranslate(lang);
  const content = form.thanks(updated);
  return renderShell({
    lang,
    title: t(content.titleKey),
    template: 'thanks',
    main: `<h1>${escapeHtml(t(content.titleKey))}</h1>
<div class="ww-thanks">
<p>${escapeHtml(t('form.thanks.reference'))}:</p>
<p class="ww-reference" dir="ltr"><bdi>${escapeHtml(reference)}</bdi></p>
<p>${escapeHtml(t('form.thanks.keep'))}</p>
</div>
<h2>${escapeHtml(t('form.thanks.next'))}</h2>
${content.nextTextKeys.map((key) => `<p>${escapeHtml(t(key))}</p>`).join('\n')}
<ul>
<li><a href="${escapeHtml(pagePath(lang, form.page))}">${escapeHtml(t(content.againKey))}</a></li>
<li><a href="${pagePath(lang)}">${escapeHtml(t('form.thanks.home'))}</a></li>
</ul>`,
  });
}
