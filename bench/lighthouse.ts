/** Lighthouse (mobile, Debian's Chromium) on every template in nl and ar: the four category scores. */
import { startApp } from '../support/app.ts';
import { withLighthouse } from '../support/lighthouse.ts';
import { templatePages } from '../support/templates.ts';
import { report } from './lib/results.ts';

export async function run(): Promise<void> {
  const app = await startApp();
  const rows: Record<string, unknown>[] = [];
  try {
    await withLighthouse(async (audit) => {
      for (const page of templatePages(['nl', 'ar'])) {
        const s = await audit(`${app.url}${page.path}`);
        rows.push({
          template: page.template,
          lang: page.lang,
          page: page.path.length > 40 ? `…${page.path.slice(-39)}` : page.path,
          performance: s.performance,
          accessibility: s.accessibility,
          'best practices': s['best-practices'],
          seo: page.noindex ? `${s.seo} (noindex)` : s.seo,
        });
      }
    });
  } finally {
    await app.close();
  }
  report(
    'lighthouse',
    "Lighthouse, mobile (SEO is not gated on pages marked noindex: thank-you and editors' pages)",
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
