/**
 * The contact normal form (issue 16): every spelling the erase of 2026 missed — a leading tab, a
 * trailing newline, a no-break space, İ, full-width letters, invisible marks — becomes one value;
 * the form is stable and locale-independent. The database side (stored and found by erase on PGlite
 * and PostgreSQL) is tests/integration/team/erase-normal-form.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeContact } from '../../../src/lib/normal-contact.ts';

describe('normalizeContact', () => {
  it('makes the spellings of one address one value', () => {
    const base = 'amal.i@example.org';
    for (const spelling of [
      'amal.i@example.org',
      '\tamal.i@example.org',
      'amal.i@example.org\n',
      '\u00a0amal.i@example.org',
      'AMAL.I@EXAMPLE.ORG',
      ' Amal.I@Example.Org \r\n',
      '\u200bamal.i@example.org\u200f',
      '\ufeffamal.i@example.org\u0085',
      'ａｍａｌ.ｉ＠ｅｘａｍｐｌｅ.ｏｒｇ',
      '\u3000amal.i@example.org\u2029',
    ])
      expect(normalizeContact(spelling), JSON.stringify(spelling)).toBe(base);
  });

  it('lower-cases İ the same way everywhere (JavaScript, not the database locale)', () => {
    expect(normalizeContact('İlker@Example.org')).toBe('i\u0307lker@example.org');
    expect(normalizeContact('\tİLKER@EXAMPLE.ORG\n')).toBe(normalizeContact('i̇lker@example.org'));
  });

  it('keeps what is inside the address', () => {
    expect(normalizeContact('06 1234 5678')).toBe('06 1234 5678');
    expect(normalizeContact('a\tb@x.nl')).toBe('a\tb@x.nl');
  });

  it('is stable: normalising twice changes nothing (any Unicode text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = normalizeContact(text);
        expect(normalizeContact(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores any mix of edge whitespace, control and format characters and of case', () => {
    const edge = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u2007',
      '\u202f',
      '\u3000',
      '\u200b',
      '\u200e',
      '\u200f',
      '\ufeff',
      '\u0000',
      '\u001b',
      '\u0085',
      '\u2028',
    );
    const edges = fc.array(edge, { maxLength: 4 }).map((a) => a.join(''));
    const local = fc.stringMatching(/^[a-z0-9._-]{1,12}$/);
    fc.assert(
      fc.property(
        edges,
        local,
        edges,
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (pre, name, post, upper) => {
          const address = `${name}@example.org`;
          const cased = [...address].map((c, i) => (upper[i % 30] ? c.toUpperCase() : c)).join('');
          expect(normalizeContact(`${pre}${cased}${post}`)).toBe(address);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
