/**
 * The search box in every page's header: a plain GET form to /<lang>/zoeken/?q=…, so the page
 * itself loads no JavaScript; the search page does the searching (src/search/).
 */
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import type { Translate } from './translate.ts';

interface Props {
  lang: string;
  t: Translate;
}

export function SearchForm({ lang, t }: Props) {
  return (
    <form class="ww-search" role="search" method="get" action={pagePath(lang, ROUTES.search)}>
      <label class="ww-visually-hidden" for="ww-q">
        {t('search.label')}
      </label>
      <input id="ww-q" name="q" type="search" autoComplete="off" dir="auto" />
      <button>{t('search.button')}</button>
    </form>
  );
}
