/**
 * The privacy page states how long a session's personal data is kept, in every language, with the
 * number the purge uses (src/config/retention.ts) — read from the built pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retentionConfig } from '../../src/config/retention.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { serverTranslate } from '../../src/server/i18n.ts';

describe('privacy page', () => {
  it("states the sessions' retention in every language, with the configured days", () => {
    const { sessionDays } = retentionConfig();
    for (const lang of LOCALE_CODES) {
      const page = readFileSync(`dist/${lang}/privacy/index.html`, 'utf8');
      const sentence = serverTranslate(lang)('session.retention', { days: sessionDays });
      expect(sentence).toContain(String(sessionDays));
      expect(page, lang).toContain(sentence);
    }
  });
});
