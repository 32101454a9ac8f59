/** URLs of the checker's pages. */
import { pagePath, ROUTES } from '../i18n/urls.ts';

export function checkerPath(lang: string, answers: readonly string[]): string {
  return `${pagePath(lang, ROUTES.checker)}vragen/${answers.map((a) => `${a}/`).join('')}`;
}
