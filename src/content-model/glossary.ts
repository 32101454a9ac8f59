/** Glossary terms per language, with the fallback chain for terms a language lacks. */
import { getCollection } from 'astro:content';
import { fallbackChain, SOURCE_LOCALE } from '../i18n/locales.ts';
import { nearest } from '../lib/nearest.ts';
import type { GlossaryTerm } from './glossary-schema.ts';

export interface LocalizedTerm extends GlossaryTerm {
  /** The language this term's text is in (differs from the page's on a fallback). */
  lang: string;
}

let cache: Promise<Map<string, GlossaryTerm[]>> | undefined;

function glossaries(): Promise<Map<string, GlossaryTerm[]>> {
  cache ??= getCollection('glossary').then((entries) => new Map(entries.map((e) => [e.id, e.data.terms])));
  return cache;
}

/** Every term of the source glossary, in the reader's language where translated. */
export async function glossaryFor(lang: string): Promise<LocalizedTerm[]> {
  const all = await glossaries();
  const source = all.get(SOURCE_LOCALE) ?? [];
  const chain = [lang, ...fallbackChain(lang)];
  const collator = new Intl.Collator(lang);
  return source
    .map((sourceTerm) => {
      for (const code of chain) {
        const found = all.get(code)?.find((t) => t.id === sourceTerm.id);
        if (found) return { ...found, lang: code };
      }
      return { ...sourceTerm, lang: SOURCE_LOCALE };
    })
    .sort((a, b) => collator.compare(a.term, b.term));
}

/** Throws when a Term component names an id the glossary does not have (the content check says so first). */
export async function assertTermExists(id: string): Promise<void> {
  const source = (await glossaries()).get(SOURCE_LOCALE) ?? [];
  if (!source.some((t) => t.id === id)) {
    const suggestion = nearest(
      id,
      source.map((t) => t.id),
      true,
    );
    throw new Error(
      `<Term id="${id}">: no glossary term "${id}" — ${suggestion ? `did you mean "${suggestion}"? ` : ''}The terms are in content/glossary/${SOURCE_LOCALE}.yaml; add it there first.`,
    );
  }
}
