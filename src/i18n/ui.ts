/** Interface strings for pages, from the content layer (validated by its schema). */
import { getCollection } from 'astro:content';
import { createTranslator, type Translate } from './translator.ts';

let translator: Promise<(locale: string) => Translate> | undefined;

export async function useTranslate(locale: string): Promise<Translate> {
  translator ??= getCollection('ui').then((entries) =>
    createTranslator(Object.fromEntries(entries.map((e) => [e.id, e.data]))),
  );
  return (await translator)(locale);
}
