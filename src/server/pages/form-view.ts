/**
 * A form's view (its Fields component) rendered to HTML on the server, with the form's interface
 * strings in a language: for the error page after a plain submission, and for forms that live on
 * a function's page (the invitation reply).
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { AnyObject } from 'yup';
import { formLinks, type FormDefinition } from '../../forms/definition.ts';
import { collectMessages, format, formMessagePrefixes } from '../../forms/messages.ts';
import { municipalityOptionsHtml } from '../../forms/municipalities.ts';
import type { FieldsProps } from '../../forms/ui/fields-props.ts';
import { serverTranslate, serverUiKeys } from '../i18n.ts';

export function renderFormView<V extends object>(
  form: FormDefinition<AnyObject, V>,
  lang: string,
  values: V,
  errors: ReadonlyArray<{ field: string; message: string }> = [],
): string {
  const t = serverTranslate(lang);
  const messages = collectMessages(serverUiKeys(), formMessagePrefixes(form.id), (key) => t(key));
  const selected =
    'municipality' in values && typeof values.municipality === 'string' ? values.municipality : '';
  return renderToString(
    h(form.Fields, {
      t: (key, params) => format(messages, key, params),
      lang,
      ...formLinks(form, lang),
      values,
      errors: Object.fromEntries(errors.map((e) => [e.field, e.message])) as FieldsProps<V>['errors'],
      showSummary: errors.length > 0,
      municipalityOptions: municipalityOptionsHtml(t('form.municipality.none'), selected),
    }),
  );
}
