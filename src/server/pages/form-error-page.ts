/**
 * The 422 page for a form sent without JavaScript: an error summary (inside the form's view),
 * the typed values echoed back in the same form, and a way back — so nothing typed is lost.
 * The view is the same Preact component the static page renders.
 */
import type { AnyObject } from 'yup';
import { formBackPath, type FormDefinition } from '../../forms/definition.ts';
import { escapeHtml } from '../../lib/html.ts';
import { renderShell } from './shell.ts';
import { serverTranslate } from '../i18n.ts';
import { renderFormView } from './form-view.ts';

export function renderFormErrorPage<V extends object>(
  form: FormDefinition<AnyObject, V>,
  lang: string,
  raw: Record<string, unknown>,
  errors: ReadonlyArray<{ field: string; message: string }>,
  /** The way back, when the form is not on its definition's page (the invitation reply). */
  backHref = formBackPath(form, lang, raw),
): string {
  const t = serverTranslate(lang);
  const view = renderFormView(form, lang, form.values.from(lang, raw), errors);
  return renderShell({
    lang,
    title: t('form.errorPage.title'),
    template: 'form-error',
    main: `<h1>${escapeHtml(t('form.errorPage.title'))}</h1>
<p>${escapeHtml(t('form.errorPage.intro'))}</p>
${view}
<p><a href="${escapeHtml(backHref)}">${escapeHtml(t('form.back'))}</a></p>`,
  });
}
