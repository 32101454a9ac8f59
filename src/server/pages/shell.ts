/**
 * The frame of pages the functions render (error pages without JavaScript, thank-you pages): the
 * same <head> meta, skip link, header and footer components as the static pages (src/components/
 * chrome/), styled by /server-page.css (built from the site's own CSS, see src/pages/server-page.css.ts).
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Footer } from '../../components/chrome/Footer.tsx';
import { Header } from '../../components/chrome/Header.tsx';
import { HeadMeta, pageTitle } from '../../components/chrome/HeadMeta.tsx';
import { getLocale } from '../../i18n/locales.ts';
import { serverTranslate } from '../i18n.ts';

export interface ShellOptions {
  lang: string;
  title: string;
  /** Trusted HTML for <main> (escape everything that came from a request). */
  main: string;
  template: string;
}

export function renderShell({ lang, title, main, template }: ShellOptions): string {
  const translate = serverTranslate(lang);
  const t = (key: string) => translate(key);
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${getLocale(lang).dir}">
<head>
${renderToString(h(HeadMeta, { title: pageTitle(title, t('site.name')), description: title, noindex: true }))}
<link rel="stylesheet" href="/server-page.css">
</head>
<body data-template="${template}">
${renderToString(h(Header, { lang, t }))}
<main id="main" tabindex="-1"><div class="ww-container">
${main}
</div></main>
${renderToString(h(Footer, { lang, t }))}
</body>
</html>`;
}
