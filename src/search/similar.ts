/**
 * Other spellings to try when a query finds nothing. Pagefind matches words, the start of words
 * and close spellings of longer words, but not every slip readers make with a word from a letter.
 * Tried in order, until one finds something:
 *  1. Arabic-script letters as the page's language writes them: Persian typed on an Arabic
 *     keyboard (ي ك for ی ک) and the other way round; vowel marks and the stretching ـ left out;
 *  2. doubled letters written once ("leening" → "lening");
 *  3. each word cut to its first part, which Pagefind matches as the start of a word
 *     ("inburgring" → "inburg", "መቕጻዒ" → "መቕጻ");
 *  4. with several words, each word alone (a page need not have them all).
 */
const LETTERS: Record<string, Record<string, string>> = {
  fa: { ي: 'ی', ى: 'ی', ك: 'ک' },
  ar: { ی: 'ي', ک: 'ك' },
};

export function wordsOf(query: string): string[] {
  return query.trim().split(/\s+/u).filter(Boolean);
}

function asWritten(word: string, lang: string): string {
  const map = LETTERS[lang] ?? {};
  return [...word.replace(/[\u064B-\u0652\u0640]/g, '')].map((c) => map[c] ?? c).join('');
}

function prefixOf(word: string): string {
  const letters = [...word];
  if (letters.length <= 3) return word;
  return letters
    .slice(0, Math.max(3, Math.min(letters.length - 1, Math.ceil(letters.length * 0.6))))
    .join('');
}

/** The queries to try, in order; each try is a list of searches whose results are merged. */
export function similarQueries(query: string, lang: string): string[][] {
  const words = wordsOf(query).map((w) => asWritten(w, lang));
  const tries: string[][] = [
    [words.join(' ')],
    [words.map((w) => w.replace(/(\p{L})\1+/gu, '$1')).join(' ')],
    [words.map(prefixOf).join(' ')],
    words.length > 1 ? words.map(prefixOf) : [],
  ];
  const seen = new Set([wordsOf(query).join(' ')]);
  return tries
    .map((list) => [...new Set(list)].filter((q) => q && !seen.has(q)))
    .filter((list) => {
      list.forEach((q) => seen.add(q));
      return list.length > 0;
    });
}
