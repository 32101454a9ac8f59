/**
 * The 422 page for a form sent without JavaScript: an error summary (inside the form component),
 * the typed values echoed back in the same form, and a way back — so nothing typed is lost.
 * The form component is the same Preact component the static page uses.
 */
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { escapeHtml } from './html.ts';
import { renderShell } from './shell.ts';
import { serverTranslate } from '../i18n.ts';

export function renderFormErrorPage<P extends object>(options: {
  lang: string;
  component: ComponentType<P>;
  props: P;
  backHref: string;
}): string {
  const t = serverTranslate(options.lang);
  const form = renderToString(h(options.component, options.props));
  return renderShell({
    lang: options.lang,
    title: t('form.errorPage.title'),
    template: 'form-error',
    main: `<h1>${escapeHtml(t('form.errorPage.title'))}</h1>
<p>${escapeHtml(t('form.errorPage.intro'))}</p>
${form}
<p><a href="${escapeHtml(options.backHref)}">${escapeHtml(t('form.back'))}</a></p>`,
  });
}
