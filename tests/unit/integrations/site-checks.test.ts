import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../../src/integrations/site-checks.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

describe('generated _redirects', () => {
  it("sends unknown URLs under each locale to that locale's 404 page", () => {
    const text = redirectsFile();
    for (const code of LOCALE_CODES) expect(text).toContain(`/${code}/*  /${code}/404/index.html  404`);
  });
});
