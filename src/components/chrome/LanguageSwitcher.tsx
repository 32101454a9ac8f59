/** Links to the same page in every language, each named in its own language and script. */
import { LOCALES } from '../../i18n/locales.ts';
import { switchLocale } from '../../i18n/urls.ts';
import type { Translate } from './translate.ts';

interface Props {
  lang: string;
  t: Translate;
  path: string;
}

export function LanguageSwitcher({ lang, t, path }: Props) {
  return (
    <nav class="ww-langs" aria-label={t('nav.languages')}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l.code}>
            <a
              href={switchLocale(path, l.code)}
              lang={l.code}
              hreflang={l.code}
              dir={l.dir}
              aria-current={l.code === lang ? 'true' : undefined}
            >
              {l.endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
