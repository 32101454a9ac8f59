/**
 * The one normal form of a contact detail (an e-mail address, a phone number): how the site decides
 * that two spellings are the same person. Computed here, in JavaScript, and stored beside what was
 * typed (expert_signups.email_normalized, questions.contact_normalized); SQL never re-derives it
 * with lower()/trim(), whose idea of case and space depends on the database's locale and differs
 * from JavaScript's (İ, no-break spaces, tabs: issue 16).
 *
 * 1. Unicode NFKC (full-width and compatibility characters become their plain letters);
 * 2. whitespace, control and invisible format characters (tab, newline, no-break space, zero-width
 *    space, bidi marks, byte-order mark) removed from both ends;
 * 3. lower-cased with JavaScript's locale-independent toLowerCase (İ → i̇, the same on every machine);
 * 4. NFKC again, so the result is stable: normalizeContact(normalizeContact(x)) === normalizeContact(x).
 */
const EDGES = /^[\s\p{Cc}\p{Cf}]+|[\s\p{Cc}\p{Cf}]+$/gu;

export function normalizeContact(text: string): string {
  let current = text;
  // Lower-casing can produce text NFKC changes again, and NFKC can expose space at an edge
  // (¨ is space + diaeresis): repeat until nothing changes (twice at most in practice).
  for (let round = 0; round < 4; round++) {
    const next = current.normalize('NFKC').replace(EDGES, '').toLowerCase().normalize('NFKC');
    if (next === current) break;
    current = next;
  }
  return current;
}
