/**
 * The mail that asks a person to confirm a sign-up, in the language they signed up in. A new
 * address is asked to confirm; a known address is told that someone sent new details and that
 * nothing changes unless they confirm. It names only the reference and the link: never what was
 * typed into the form, since whoever sent it may not be the owner of the address.
 */
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { renderMail, type RenderedMail } from '../mail/render.ts';

export function confirmationLink(base: string, locale: string, token: string): string {
  return `${base}${pagePath(locale, ROUTES.poolConfirm)}${token}/`;
}

export function confirmationMail(
  locale: string,
  options: { reference: string; link: string; replaces: boolean; days: number },
): RenderedMail {
  const { reference, link, replaces, days } = options;
  return renderMail(locale, {
    subject: replaces ? 'confirm.mail.subjectKnown' : 'confirm.mail.subject',
    blocks: [
      { paragraph: replaces ? 'confirm.mail.known' : 'confirm.mail.new' },
      { link: 'confirm.mail.button', href: link },
      { paragraph: 'confirm.mail.valid', values: { count: days } },
      { paragraph: replaces ? 'confirm.mail.notYouKnown' : 'confirm.mail.notYou' },
      { details: [{ label: 'form.thanks.reference', value: reference }] },
    ],
  });
}
