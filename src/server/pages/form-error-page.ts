/**
 * The 422 page for a form sent without JavaScript: an error summary (inside the form's view),
 * the typed values echoed back in the same form, and a way back — so nothing typed is lost.
 * The view is the same Preact component the static page renders.
 */
import { h } from 'preact';
import type { AnyObject } from 'yup';
import { renderToString } from 'preact-render-to-string';
import { formBackPath, formLinks, type FormDefinition } from '../../forms/definition.ts';
import { collectMessages, format, formMessagePrefixes } from '../../forms/messages.ts';
import type { FieldsProps } from '../../forms/ui/fields-props.ts';
import { municipalityOptionsHtml } from '../../forms/municipalities.ts';
import { escapeHtml } from '../../lib/html.ts';
import { renderShell } from './shell.ts';
import { serverTranslate, serverUiKeys } from '../i18n.ts';

export function renderFormErrorPage<V extends object>(
  form: FormDefinition<AnyObject, V>,
  lang: string,
  raw: Record<string, unknown>,
  errors: ReadonlyArray<{ field: string; message: string }>,
): string {
  const t = serverTranslate(lang);
  const messages = collectMessages(serverUiKeys(), formMessagePrefixes(form.id), (key) => t(key));
  const values = form.values.from(lang, raw);
  const selected =
    'municipality' in values && typeof values.municipality === 'string' ? values.municipality : '';
  const view = renderToString(
    h(form.Fields, {
      t: (key, params) => format(messages, key, params),
      lang,
      ...formLinks(form, lang),
      values,
      errors: Object.fromEntries(errors.map((e) => [e.field, e.message])) as FieldsProps<V>['errors'],
      showSummary: true,
      municipalityOptions: municipalityOptionsHtml(t('form.municipality.none'), selected),
    }),
  );
  return renderShell({
    lang,
    title: t('form.errorPage.title'),
    template: 'form-error',
    main: `<h1>${escapeHtml(t('form.errorPage.title'))}</h1>
<p>${escapeHtml(t('form.errorPage.intro'))}</p>
${view}
<p><a href="${escapeHtml(formBackPath(form, lang, raw))}">${escapeHtml(t('form.back'))}</a></p>`,
  });
}
