/** The search page's interface strings, handed from the build to the browser script as JSON. */
export interface SearchStrings {
  lang: string;
  /** "{{count}} pages found for ‘{{query}}’." per plural category of the language. */
  results: Record<string, string>;
  /** "Nothing found for ‘{{query}}’. But {{count}} pages with words like it." per plural category. */
  similar: Record<string, string>;
  none: string;
  searching: string;
  failed: string;
}

/** The sentence for a number of results, in the language's plural form, with {{count}} filled in. */
export function sentence(strings: SearchStrings, kind: 'results' | 'similar', count: number): string {
  const forms = strings[kind];
  const text = forms[new Intl.PluralRules(strings.lang).select(count)] ?? forms.other ?? '';
  return text.replace('{{count}}', String(count));
}
