/** The checker's content for pages: the tree (validated), texts and results per language with fallback. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CheckerText, CheckerTree } from '../content-model/checker-schema.ts';
import { fallbackChain, SOURCE_LOCALE } from '../i18n/locales.ts';
import { contentLanguageOf } from '../content-model/resolve.ts';
import { treeProblems } from './tree.ts';

export interface CheckerData {
  tree: CheckerTree;
  texts: Map<string, CheckerText>;
  results: CollectionEntry<'checkerResults'>[];
}

let cache: Promise<CheckerData> | undefined;

/** Loads and checks the tree; the build stops with every problem listed if it is not sound. */
export function checkerData(): Promise<CheckerData> {
  cache ??= (async () => {
    const tree = (await getEntry('checkerTree', 'tree'))?.data;
    if (!tree) throw new Error('content/checker/tree.yaml is missing.');
    const texts = new Map((await getCollection('checkerText')).map((e) => [e.id, e.data]));
    const results = await getCollection('checkerResults');
    const source = texts.get(SOURCE_LOCALE);
    if (!source) throw new Error(`content/checker/${SOURCE_LOCALE}.yaml is missing.`);
    const sourceResults = results
      .filter((r) => r.id.startsWith(`${SOURCE_LOCALE}/`))
      .map((r) => r.id.slice(SOURCE_LOCALE.length + 1));
    const problems = treeProblems(tree, source, sourceResults);
    if (problems.length > 0)
      throw new Error(`The checker's decision tree has problems:\n- ${problems.join('\n- ')}`);
    return { tree, texts, results };
  })();
  return cache;
}

/** A question's texts in the reader's language, falling back per question. */
export function questionText(
  data: CheckerData,
  lang: string,
  question: string,
): { lang: string; text: CheckerText['questions'][string] } {
  for (const code of [lang, ...fallbackChain(lang)]) {
    const text = data.texts.get(code)?.questions[question];
    if (text) return { lang: code, text };
  }
  throw new Error(`No text for checker question "${question}".`);
}

/** A result in the reader's language, or the first language of the fallback chain that has it. */
export function resultEntry(
  data: CheckerData,
  lang: string,
  result: string,
): CollectionEntry<'checkerResults'> {
  const has = (code: string) => data.results.some((r) => r.id === `${code}/${result}`);
  const entry = data.results.find((r) => r.id === `${contentLanguageOf(lang, has)}/${result}`);
  if (!entry) throw new Error(`No text for checker result "${result}".`);
  return entry;
}
