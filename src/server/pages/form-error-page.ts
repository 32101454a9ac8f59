/**
 * The 422 page for a form sent without JavaScript: an error summary (inside the form component),
 * the typed values echoed back in the same form, and a way back — so nothing typed is lost.
 * The form component is the same Preact component the static page uses.
 */
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { collectMessages, format } from '../../forms/messages.ts';
import { municipalityOptionsHtml } from '../../forms/municipalities.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { escapeHtml } from './html.ts';
import { renderShell } from './shell.ts';
import { serverTranslate, serverUiKeys } from '../i18n.ts';

/** The props both form views (QuestionFields, SignupFields) take when rendered in their error state. */
export interface FormViewProps<V> {
  t: (key: string | string[], params?: Record<string, string | number>) => string;
  lang: string;
  endpoint: string;
  privacyHref: string;
  values: V;
  errors: Partial<Record<keyof V, string>>;
  showSummary: boolean;
  municipalityOptions: string;
}

export function renderFormErrorPage<V extends { municipality: string }>(options: {
  lang: string;
  /** Prefix of the form's interface strings: "question", "signup". */
  form: string;
  component: ComponentType<FormViewProps<V>>;
  endpoint: string;
  values: V;
  errors: ReadonlyArray<{ field: string; message: string }>;
  backHref: string;
}): string {
  const { lang, values } = options;
  const t = serverTranslate(lang);
  const messages = collectMessages(serverUiKeys(), ['form.', `${options.form}.`], (key) => t(key));
  const form = renderToString(
    h(options.component, {
      t: (key, params) => format(messages, key, params),
      lang,
      endpoint: options.endpoint,
      privacyHref: pagePath(lang, ROUTES.privacy),
      values,
      errors: Object.fromEntries(options.errors.map((e) => [e.field, e.message])) as FormViewProps<V>['errors'],
      showSummary: true,
      municipalityOptions: municipalityOptionsHtml(t('form.municipality.none'), values.municipality),
    }),
  );
  return renderShell({
    lang,
    title: t('form.errorPage.title'),
    template: 'form-error',
    main: `<h1>${escapeHtml(t('form.errorPage.title'))}</h1>
<p>${escapeHtml(t('form.errorPage.intro'))}</p>
${form}
<p><a href="${escapeHtml(options.backHref)}">${escapeHtml(t('form.back'))}</a></p>`,
  });
}
