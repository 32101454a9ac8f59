/**
 * What a form is, in one object: src/forms/<id>/form.ts fills it in; the island (browser), the
 * static page (build) and the endpoint (functions) all read it. Its fields, their order and how a
 * plain HTML form sends them come from the yup schema, so a field is declared once.
 * How to add a form: docs/design.md ("Adding a form").
 */
import type { ComponentType } from 'preact';
import { pagePath, ROUTES, thanksHref } from '../i18n/urls.ts';
import type { AnyObject, ObjectSchema } from 'yup';
import type { FormShape } from './raw-values.ts';
import type { FieldsProps } from './ui/fields-props.ts';

/** The thank-you page's texts, as interface-string keys. */
export interface ThanksTexts {
  titleKey: string;
  nextTextKeys: string[];
  /** The link to fill in the form again. */
  againKey: string;
}

/** The values the form's view works with, and how they relate to what a plain form sends. */
export interface FormValues<V> {
  /** A new, empty form in a language. */
  empty(lang: string): V;
  /** What a plain form sent (see raw-values.ts), as the view's values: for the error page and for text typed before the island started. */
  from(lang: string, raw: Record<string, unknown>): V;
  /** The request body, as a plain form would send it (the island validates this too). */
  toBody(values: V): Record<string, unknown>;
}

export interface FormDefinition<
  Input extends AnyObject = AnyObject,
  V extends object = Record<string, unknown>,
> {
  /** Prefix of field ids, of its interface strings (`<id>.<field>.label`) and of the saved draft. */
  id: string;
  /** Where it posts; functions/<name>.ts repeats it as a literal (checked by tests/unit/functions/config.test.ts). */
  endpoint: string;
  /** Slug of the page that carries the form, and of its thank-you page (see ROUTES). */
  page: string;
  /** None for a form whose own page shows the answer afterwards (the invitation reply) or a form on many pages (see sentFrom). */
  thanksPage?: string;
  /** Texts of the thank-you page; `updated` when the submission replaced an earlier one. */
  thanks?(updated: boolean): ThanksTexts;
  /**
   * A form on many pages (feedback) has no thank-you page: the reader goes back to the page it was
   * sent from, read from the values (undefined when they name no page of the site), at the anchor
   * of its thank-you note. The error page's way back leads there too.
   */
  sentFrom?(values: Record<string, unknown>): string | undefined;
  thanksAnchor?: string;
  /** First letter of its references (V-7K3Q-9P). */
  referencePrefix: string;
  /** The one schema the island and the function validate with. Field names are an API (docs/design.md). */
  schema: ObjectSchema<Input>;
  values: FormValues<V>;
  /** The form's markup without state: rendered at build time, by the error page and by the island. */
  Fields: ComponentType<FieldsProps<V>>;
}

/**
 * Any form, where its own types do not matter (lists of forms, the shared endpoint and pages).
 * `any` because a view's props are contravariant: no single type holds every form otherwise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyForm = FormDefinition<any, any>;

/** The fields a form accepts, in the order of the form. */
export function fieldsOf(schema: ObjectSchema<AnyObject>): string[] {
  return Object.keys(schema.fields);
}

/** How a plain HTML form sends the schema's fields: arrays repeat, booleans are checkboxes. */
export function shapeOf(schema: ObjectSchema<AnyObject>): FormShape {
  const fields = fieldsOf(schema);
  const typeOf = (name: string) => (schema.fields[name] as { type?: string }).type;
  return {
    fields,
    arrays: fields.filter((f) => typeOf(f) === 'array'),
    booleans: fields.filter((f) => typeOf(f) === 'boolean'),
  };
}

/** Where a form posts and the privacy statement it links to, in a language. */
export function formLinks(
  form: Pick<FormDefinition, 'endpoint'>,
  lang: string,
): { endpoint: string; privacyHref: string } {
  return { endpoint: form.endpoint, privacyHref: pagePath(lang, ROUTES.privacy) };
}

/**
 * Where the reader goes after sending: the form's thank-you page with the reference, or — for a
 * form on many pages — back to the page it was sent from, at its thank-you note.
 */
export function thanksLocation(
  form: Pick<FormDefinition, 'page' | 'thanksPage' | 'sentFrom' | 'thanksAnchor'>,
  lang: string,
  values: Record<string, unknown>,
  reference: string,
  updated = false,
): string {
  if (form.thanksPage) return thanksHref(pagePath(lang, form.thanksPage), reference, updated);
  const back = form.sentFrom?.(values) ?? pagePath(lang, form.page);
  return form.thanksAnchor ? `${back}#${form.thanksAnchor}` : back;
}

/** The way back from the form's error page: the page it was sent from, or the form's own page. */
export function formBackPath(
  form: Pick<FormDefinition, 'page' | 'sentFrom'>,
  lang: string,
  values: Record<string, unknown>,
): string {
  return form.sentFrom?.(values) ?? pagePath(lang, form.page);
}
