/** Interface strings for pages, from the content layer (validated by its schema). */
import { getCollection } from 'astro:content';
import { createTranslator, type Translate } from './translator.ts';

let translator: Promise<(locale: string) => Translate> | undefined;

/** A function from a language to its interface strings (built once per build). */
export function pageTranslator(): Promise<(locale: string) => Translate> {
  translator ??= getCollection('ui').then((entries) =>
    createTranslator(Object.fromEntries(entries.map((e) => [e.id, e.data]))),
  );
  return translator;
}
