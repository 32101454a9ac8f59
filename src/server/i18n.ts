/** Interface strings for the functions, in the request's language (from content/ui/*.json). */
import { createTranslator, type Translate } from '../i18n/translator.ts';
import { loadUiFiles } from '../i18n/load-ui-files.ts';
import { isLocale, SOURCE_LOCALE } from '../i18n/locales.ts';

let translator: ((locale: string) => Translate) | undefined;
let keys: string[] = [];

export function serverTranslate(locale: string): Translate {
  if (!translator) {
    const files = loadUiFiles();
    keys = Object.keys(files[SOURCE_LOCALE] ?? {});
    translator = createTranslator(files);
  }
  return translator(isLocale(locale) ? locale : SOURCE_LOCALE);
}

/** All interface-string keys (for collecting a form's messages). */
export function serverUiKeys(): string[] {
  serverTranslate(SOURCE_LOCALE);
  return keys;
}

/** The request's language: the form's locale field, else the Accept-Language header, else Dutch. */
export function requestLocale(request: Request, fromForm?: unknown): string {
  if (isLocale(fromForm)) return fromForm;
  for (const part of (request.headers.get('Accept-Language') ?? '').split(',')) {
    const code = part.split(';')[0]!.trim().toLowerCase().split('-')[0];
    if (isLocale(code)) return code;
  }
  return SOURCE_LOCALE;
}
