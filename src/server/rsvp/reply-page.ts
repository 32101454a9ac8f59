/**
 * The pages behind an invitation's personal link, rendered by a function through the one page
 * shell (src/server/pages/shell.ts): the reply page — the session in the reader's language, what to
 * expect, the answer so far and the three answers (or, within 24 hours of the start, why it can no
 * longer change) — and the neutral page every link that leads nowhere gets, the same for an
 * unknown, an expired and a cancelled one.
 */
import { RSVP_FORM } from '../../forms/rsvp/form.ts';
import { getLocale, isLocale } from '../../i18n/locales.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { escapeHtml } from '../../lib/html.ts';
import { serverTranslate } from '../i18n.ts';
import { renderFormView } from '../pages/form-view.ts';
import { renderShell } from '../pages/shell.ts';
import { CHANGE_UNTIL_HOURS, type InvitationView } from '../sessions/replies.ts';
import { changeDeadline, sessionFacts, type SessionFact } from '../sessions/session-text.ts';

function status(invitation: InvitationView): string {
  if (invitation.place) return `rsvp.status.${invitation.place}`;
  return invitation.answer ? `rsvp.status.${invitation.answer}` : 'rsvp.status.none';
}

/** Text in another language than the page (the team's title or address) keeps its own lang and dir. */
function own(fact: SessionFact, lang: string): string {
  const value = escapeHtml(fact.value);
  if (fact.href) return `<a href="${escapeHtml(fact.href)}" dir="ltr">${value}</a>`;
  if (!fact.lang || fact.lang === lang) return value;
  const dir = isLocale(fact.lang) ? getLocale(fact.lang).dir : 'auto';
  return `<span lang="${escapeHtml(fact.lang)}" dir="${dir}">${value}</span>`;
}

export function renderReplyPage(options: {
  lang: string;
  token: string;
  invitation: InvitationView;
  saved: boolean;
}): string {
  const { lang, token, invitation, saved } = options;
  const t = serverTranslate(lang);
  const e = (key: string, params: Record<string, string | number> = {}) => escapeHtml(t(key, params));
  const { session } = invitation;
  const facts = sessionFacts(session, lang, invitation.place === 'confirmed')
    .map((f) => `<dt><strong>${e(f.label)}</strong></dt><dd>${own(f, lang)}</dd>`)
    .join('\n');
  const answer = invitation.canChange
    ? `<p>${e('rsvp.answer.hint', { deadline: changeDeadline(session, lang) })}</p>
${renderFormView(RSVP_FORM, lang, { token, answer: invitation.answer ?? '', locale: lang, website: '' })}`
    : `<p>${e('rsvp.tooLate', { hours: CHANGE_UNTIL_HOURS })}</p>
<p><a href="${pagePath(lang, ROUTES.ask)}">${e('rsvp.contact')}</a></p>`;
  return renderShell({
    lang,
    title: t('rsvp.title'),
    template: 'invitation',
    main: `<h1>${e('rsvp.title')}</h1>
${saved ? `<div class="utrecht-alert utrecht-alert--ok ww-saved" role="status"><p>${e('rsvp.saved')}</p></div>` : ''}
<p>${e('rsvp.intro')}</p>
<dl class="ww-session">
${facts}
</dl>
<h2>${e('rsvp.expect.title')}</h2>
<ul>
<li>${e('rsvp.expect.group', { capacity: session.capacity })}</li>
<li>${e('rsvp.expect.share')}</li>
<li>${e('rsvp.expect.partners')}</li>
<li>${e('rsvp.expect.prepare')}</li>
</ul>
<h2>${e('rsvp.current')}</h2>
<p class="ww-answer"><strong>${e(status(invitation))}</strong></p>
${answer}
<p>${e('rsvp.private')}</p>`,
  });
}

/** The one page for an unknown, expired or cancelled link: it says nothing about which. */
export function renderGonePage(lang: string): string {
  const t = serverTranslate(lang);
  return renderShell({
    lang,
    title: t('rsvp.gone.title'),
    template: 'invitation-gone',
    main: `<h1>${escapeHtml(t('rsvp.gone.title'))}</h1>
<p>${escapeHtml(t('rsvp.gone.text'))}</p>
<p><a href="${pagePath(lang, ROUTES.ask)}">${escapeHtml(t('rsvp.gone.help'))}</a></p>`,
  });
}
