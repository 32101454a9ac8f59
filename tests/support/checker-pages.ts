/**
 * The checker's result pages that repeat another: several answer paths lead to the same result,
 * and those pages differ only in the list of answers given (whose texts are on the question
 * pages, which are all checked). The accessibility run checks one page per result and language.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkerPath } from '../../src/checker/paths.ts';
import { allStates } from '../../src/checker/tree.ts';
import { checkerTreeSchema } from '../../src/content-model/checker-schema.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

export function repeatedResultPaths(): Set<string> {
  const tree = checkerTreeSchema.parse(parse(readFileSync('content/checker/tree.yaml', 'utf8')));
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const state of allStates(tree)) {
    if (state.kind !== 'result') continue;
    if (!seen.has(state.result)) {
      seen.add(state.result);
      continue;
    }
    for (const lang of LOCALE_CODES) repeats.add(checkerPath(lang, state.answers));
  }
  return repeats;
}
