// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { LOCALES, LOCALE_CODES, SOURCE_LOCALE } from './src/i18n/locales.ts';
import { isUnlistedPath } from './src/i18n/urls.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { fallbackPaths } from './src/content-model/page-files.ts';
import { isolateLatinInRtl } from './src/content-model/isolate-latin.ts';
import { dropHeadInjectDirective } from './src/integrations/drop-head-inject-directive.ts';

const site = process.env.SITE_URL ?? process.env.URL ?? 'https://wegwijzer-inburgering.netlify.app';
// Fallback pages point their canonical link at the original; they stay out of the sitemap.
const fallbacks = fallbackPaths(new URL('./content/pages/', import.meta.url));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALE_CODES],
    defaultLocale: SOURCE_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Sätteri, Astro's Markdown and MDX processor, runs its own hast plugins (not rehype's): Latin-script
  // runs inside Arabic and Persian pages get <bdi> automatically. MDX inherits this processor.
  markdown: { processor: satteri({ hastPlugins: [isolateLatinInRtl] }) },
  integrations: [
    mdx(),
    preact({ compat: true }),
    sitemap({
      i18n: {
        defaultLocale: SOURCE_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.code])),
      },
      filter: (page) => {
        const path = new URL(page).pathname;
        return !isUnlistedPath(path) && !fallbacks.has(path);
      },
    }),
    siteChecks(),
    // Last: Pagefind indexes the finished pages (dist/pagefind/, one index per language).
    searchIndex(),
  ],
  vite: {
    plugins: [dropHeadInjectDirective()],
    // Never inline small scripts (or assets) into the HTML: the CSP allows scripts from files only.
    // One stylesheet for the whole site: one request, cached after the first page (measured: fewer
    // render-blocking requests on form pages beat smaller per-page CSS on a slow connection).
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    resolve: {
      alias: {
        'hoist-non-react-statics': fileURLToPath(
          new URL('./src/forms/island/shims/hoist-non-react-statics.ts', import.meta.url),
        ),
      },
    },
    // Formik imports React; with Preact compat it must be bundled, not loaded as an external,
    // in both server environments, or the build loads real React (see docs/design.md).
    ssr: { noExternal: ['formik'] },
    environments: { prerender: { resolve: { noExternal: ['formik'] } } },
  },
});
