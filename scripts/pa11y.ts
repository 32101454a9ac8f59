/**
 * pa11y-ci with both runners (axe and HTML_CodeSniffer, WCAG2AA) on one page of every template in
 * every locale: the chooser, home, an explainer, a fallback page, 404, and each form, thank-you and
 * checker page type as they are added (found from the built pages' data-template, so new
 * templates are covered without a change here). Form error states are covered by
 * tests/a11y/pa11y-states.ts. Exits non-zero on any issue.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/support/browser.ts';
import { builtPagePaths } from '../tests/support/dist-pages.ts';
import { startSiteServer } from '../tests/support/site-server.ts';
import { extraPa11yUrls } from '../tests/a11y/pa11y-states.ts';

/** One page per (locale, template, fallback or not). */
export function templatePages(dist = 'dist'): string[] {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (const path of builtPagePaths(dist)) {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const template = /data-template="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
    const fallback = html.includes('data-notice="fallback"');
    const key = `${lang}|${template}|${fallback}`;
    if (!seen.has(key)) {
      seen.add(key);
      chosen.push(path);
    }
  }
  return chosen;
}

const server = await startSiteServer();
const started = Date.now();
try {
  const pages = templatePages();
  const urls = [...pages.map((p) => `${server.url}${p}`), ...extraPa11yUrls(server.url)];
  const config = {
    defaults: {
      runners: ['axe', 'htmlcs'],
      standard: 'WCAG2AA',
      timeout: 60_000,
      concurrency: Number(process.env.PA11Y_CONCURRENCY ?? 4),
      // A context per URL makes Chromium drop tabs under concurrency (Target.closeTarget errors).
      useIncognitoBrowserContext: false,
      // puppeteer adds its own headless flag; a second --headless breaks parallel tabs.
      chromeLaunchConfig: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS.filter((f) => f !== '--headless') },
    },
    urls,
  };
  const file = join(mkdtempSync(join(tmpdir(), 'pa11y-')), 'pa11y-ci.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  console.log(`pa11y-ci: ${urls.length} pages (one per template, locale and fallback state)`);
  // Asynchronous on purpose: the test server runs in this process and must keep answering.
  const status = await new Promise<number>((resolve) => {
    spawn('npx', ['pa11y-ci', '--config', file], { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1));
  });
  console.log(`pa11y-ci took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = status;
} finally {
  await server.close();
}
