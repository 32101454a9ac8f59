/**
 * The page template of a content page, for budgets, page-weight reports and the accessibility
 * runs (one page per template and locale). Pages with a form or the glossary are content pages
 * too; their slug decides.
 */
import { HOME_SLUG, ROUTES } from '../i18n/urls.ts';

const BY_SLUG: Record<string, string> = {
  [HOME_SLUG]: 'home',
  [ROUTES.glossary]: 'glossary',
  [ROUTES.ask]: 'form',
  [ROUTES.pool]: 'form',
  [ROUTES.insights]: 'insights',
  [ROUTES.checker]: 'checker-start',
};

export function templateOf(slug: string, section: string): string {
  return BY_SLUG[slug] ?? (section === 'site' ? 'site' : 'explainer');
}
