/**
 * The frame of pages the functions render (error pages without JavaScript, thank-you pages): the
 * same <html lang dir>, skip link, header and footer as the static pages, styled by
 * /server-page.css (built from the site's own CSS, see src/pages/server-page.css.ts).
 */
import { getLocale } from '../../i18n/locales.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { serverTranslate } from '../i18n.ts';
import { escapeHtml } from './html.ts';

export interface ShellOptions {
  lang: string;
  title: string;
  /** Trusted HTML for <main> (escape everything that came from a request). */
  main: string;
  template: string;
}

export function renderShell({ lang, title, main, template }: ShellOptions): string {
  const t = serverTranslate(lang);
  const { dir } = getLocale(lang);
  const footer = [
    [pagePath(lang, ROUTES.ask), t('page.ask')],
    [pagePath(lang, ROUTES.about), t('footer.about')],
    [pagePath(lang, ROUTES.privacy), t('footer.privacy')],
    [pagePath(lang, ROUTES.accessibility), t('footer.accessibility')],
    ['/', t('nav.allLanguages')],
  ]
    .map(([href, label]) => `<li><a href="${href}">${escapeHtml(label!)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | ${escapeHtml(t('site.name'))}</title>
<meta name="robots" content="noindex">
<meta name="description" content="${escapeHtml(title)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/server-page.css">
</head>
<body data-template="${template}">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">${escapeHtml(t('nav.skip'))}</a>
<header class="ww-header"><div class="ww-container ww-header__inner"><a class="ww-header__name" href="${pagePath(lang)}"><span class="ww-header__title">${escapeHtml(t('site.name'))}</span><span class="ww-header__tagline">${escapeHtml(t('site.tagline'))}</span></a></div></header>
<main id="main" tabindex="-1"><div class="ww-container">
${main}
</div></main>
<footer class="ww-footer"><div class="ww-container"><nav aria-label="${escapeHtml(t('nav.footer'))}"><ul>${footer}</ul></nav><p>${escapeHtml(t('footer.note'))}</p></div></footer>
</body>
</html>`;
}
