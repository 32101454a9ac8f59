/**
 * The top of every page: the skip link and the site's header. One component for the static pages
 * (BaseLayout, with the language switcher) and the pages the functions render (src/server/pages/
 * shell.ts, without it: a thank-you or error page in another language would lose its reference or
 * the text typed).
 */
import { pagePath } from '../../i18n/urls.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { SearchForm } from './SearchForm.tsx';
import type { Translate } from './translate.ts';

interface Props {
  lang: string;
  t: Translate;
  /** The page's path, for the language switcher; none on the functions' pages. */
  path?: string;
  /** The search box; not on the search page, which has its own. */
  search?: boolean;
}

export function Header({ lang, t, path, search = true }: Props) {
  return (
    <>
      <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('nav.skip')}
      </a>
      <header class="ww-header">
        <div class="ww-container ww-header__inner">
          <a class="ww-header__name" href={pagePath(lang)}>
            <span class="ww-header__title">{t('site.name')}</span>
            <span class="ww-header__tagline">{t('site.tagline')}</span>
          </a>
          {path !== undefined && <LanguageSwitcher lang={lang} t={t} path={path} />}
          {search && <SearchForm lang={lang} t={t} />}
        </div>
      </header>
    </>
  );
}
