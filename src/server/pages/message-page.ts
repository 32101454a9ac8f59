/** A short page for problems a person without JavaScript can meet (store down, unreadable request). */
import { escapeHtml } from '../../lib/html.ts';
import { renderShell } from './shell.ts';

export function renderMessagePage(options: {
  lang: string;
  title: string;
  text: string;
  backHref: string;
  backLabel: string;
}): string {
  const { lang, title, text, backHref, backLabel } = options;
  return renderShell({
    lang,
    title,
    template: 'form-message',
    main: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(backHref)}">${escapeHtml(backLabel)}</a></p>`,
  });
}
