import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerSafe } from '../../../../src/server/mail/header-safe.ts';

describe('mail header text', () => {
  it('never contains CR, LF or other control characters, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
        expect(headerSafe(text)).not.toMatch(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/);
        expect(headerSafe(text).length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 1000 },
    );
  });

  it('turns an injection attempt into one harmless line', () => {
    expect(headerSafe('Vraag V-ABCD-EF\r\nBcc: victim@example.org')).toBe(
      'Vraag V-ABCD-EF Bcc: victim@example.org',
    );
  });
});
