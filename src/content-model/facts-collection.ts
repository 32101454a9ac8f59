/** The facts for pages, from the `facts` content collection (content/facts/*.yaml). */
import { getCollection } from 'astro:content';
import { indexFacts, type FactIndex } from './facts.ts';
import { factSources, fillFactsDeep, type Source } from './fact-usage.ts';

let cache: Promise<FactIndex> | undefined;

export function siteFacts(): Promise<FactIndex> {
  cache ??= getCollection('facts').then((entries) =>
    indexFacts(entries.map((e) => ({ file: e.id, facts: e.data }))),
  );
  return cache;
}

/**
 * A YAML text (or an object of texts) with its `{fact:id}` placeholders written in `lang`, the
 * language the text is in. Every component that shows a YAML text passes it through this.
 */
export async function withFacts<T>(value: T, lang: string): Promise<T> {
  return fillFactsDeep(value, lang, await siteFacts());
}

/** A page's own sources, then those of the facts its text uses; each address once. */
export async function sourcesWithFacts(own: readonly Source[], text: string): Promise<Source[]> {
  return factSources(own, text, await siteFacts());
}
