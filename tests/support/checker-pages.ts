/**
 * The checker's pages that repeat another: several answer paths lead to the same question or the
 * same result, and those pages differ only in the list of answers given so far (each answer's
 * text is also on the page of its own question). The accessibility run checks one page per
 * question, one per result, per language.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkerPath } from '../../src/checker/paths.ts';
import { allStates } from '../../src/checker/tree.ts';
import { checkerTreeSchema } from '../../src/content-model/checker-schema.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

export function repeatedCheckerPaths(): Set<string> {
  const tree = checkerTreeSchema.parse(parse(readFileSync('content/checker/tree.yaml', 'utf8')));
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const state of allStates(tree)) {
    const page = state.kind === 'result' ? `result ${state.result}` : `question ${state.node}`;
    if (!seen.has(page)) {
      seen.add(page);
      continue;
    }
    for (const lang of LOCALE_CODES) repeats.add(checkerPath(lang, state.answers));
  }
  return repeats;
}
