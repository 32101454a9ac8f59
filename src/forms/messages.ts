/**
 * The interface strings a form needs, passed to its component as a plain dictionary so the
 * browser bundle carries no i18next. `{{name}}` placeholders are filled in by `format`.
 */
export type Messages = Record<string, string>;

export function format(
  messages: Messages,
  keys: string | readonly string[],
  params: Record<string, string | number> = {},
): string {
  const list = typeof keys === 'string' ? [keys] : keys;
  const template = list.map((k) => messages[k]).find((m) => m !== undefined) ?? list[0] ?? '';
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/**
 * The prefixes of the strings a form's view uses: the shared form texts, its own, and the names of
 * languages (`language.<code>`, the site's one word for each language).
 */
export function formMessagePrefixes(formId: string): string[] {
  return ['form.', `${formId}.`, 'language.'];
}

/** Collects every string whose key starts with one of the prefixes, translated for one locale. */
export function collectMessages(
  keys: readonly string[],
  prefixes: readonly string[],
  t: (key: string) => string,
): Messages {
  const messages: Messages = {};
  for (const key of keys) if (prefixes.some((p) => key.startsWith(p))) messages[key] = t(key);
  return messages;
}
