/** "Did you mean …?": the known name nearest to a mistyped one (fact ids, glossary ids, components, pages). */

/** Edit distance between two strings (insertions, deletions and substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name nearest to `name` (case-insensitive), or undefined when there is none. With
 * `close`, only a name at most a third of its length away counts, so an unrelated name is
 * never suggested.
 */
export function nearest(name: string, known: Iterable<string>, close = false): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || d < best.d) best = { name: candidate, d };
  }
  if (!best || (close && best.d > Math.max(2, Math.floor(best.name.length / 3)))) return undefined;
  return best.name;
}
