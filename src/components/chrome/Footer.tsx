/** The foot of every page, static or rendered by a function: the site's own pages and the way to every language. */
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import type { Translate } from './translate.ts';

interface Props {
  lang: string;
  t: Translate;
}

export function Footer({ lang, t }: Props) {
  const links = [
    { href: pagePath(lang, ROUTES.ask), label: t('page.ask') },
    { href: pagePath(lang, ROUTES.about), label: t('footer.about') },
    { href: pagePath(lang, ROUTES.privacy), label: t('footer.privacy') },
    { href: pagePath(lang, ROUTES.accessibility), label: t('footer.accessibility') },
    { href: '/', label: t('nav.allLanguages') },
  ];
  return (
    <footer class="ww-footer ww-no-print">
      <div class="ww-container">
        <nav aria-label={t('nav.footer')}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('footer.note')}</p>
      </div>
    </footer>
  );
}
