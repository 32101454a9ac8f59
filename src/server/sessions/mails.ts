/**
 * The mails of a session, each in the person's own language (the locale they signed up in),
 * rendered from interface strings by the shared renderMail (src/server/mail/render.ts: text and
 * simple HTML, values escaped, right-to-left for ar and fa): the invitation with its .ics and
 * personal link, the reminder, "a place for you" for the first on the waiting list, and the
 * cancellation. Sending and recording whether it went is the caller's (Mailer, mail_status).
 */
import type { MailAttachment } from '../mail/mailer.ts';
import { renderMail, type MailBlock, type RenderedMail } from '../mail/render.ts';
import { CALENDAR_CONTENT_TYPE, sessionCalendar } from './calendar.ts';
import { changeDeadline, sessionFacts } from './session-text.ts';
import type { SessionRow } from './sessions.ts';

export interface Person {
  name: string;
  locale: string;
}

function details(session: SessionRow, lang: string, hasPlace: boolean): MailBlock {
  return { details: sessionFacts(session, lang, hasPlace).map(({ label, value }) => ({ label, value })) };
}

function onlineLink(session: SessionRow): MailBlock[] {
  return session.mode === 'online' && session.online_url
    ? [{ link: 'session.onlineLink', href: session.online_url }]
    : [];
}

const SIGNOFF: MailBlock = { paragraph: 'invite.signoff' };

export function invitationMail(
  session: SessionRow,
  person: Person,
  replyUrl: string,
): { mail: RenderedMail; attachments: MailAttachment[] } {
  const lang = person.locale;
  const mail = renderMail(lang, {
    subject: 'invite.subject',
    values: { title: session.title },
    blocks: [
      { paragraph: 'invite.greeting', values: { name: person.name } },
      { paragraph: 'invite.intro' },
      details(session, lang, false),
      { link: 'invite.answer', href: replyUrl },
      { paragraph: 'rsvp.answer.hint', values: { deadline: changeDeadline(session, lang) } },
      { paragraph: 'invite.calendar' },
      { paragraph: 'invite.private' },
      SIGNOFF,
    ],
  });
  const ics = sessionCalendar(session, { lang: mail.locale, replyUrl, hasPlace: false });
  return {
    mail,
    attachments: [{ filename: 'uitnodiging.ics', content: ics, contentType: CALENDAR_CONTENT_TYPE }],
  };
}

/** A mail to someone with a place: the session with its address or online link. */
function placeMailOf(subject: string, intro: string) {
  return (session: SessionRow, person: Person): RenderedMail =>
    renderMail(person.locale, {
      subject,
      values: { title: session.title },
      blocks: [
        { paragraph: 'invite.greeting', values: { name: person.name } },
        { paragraph: intro },
        details(session, person.locale, true),
        ...onlineLink(session),
        { paragraph: 'invite.reminder.cancel' },
        SIGNOFF,
      ],
    });
}

/** Two days before, to everyone with a place. */
export const reminderMail = placeMailOf('invite.reminder.subject', 'invite.reminder.intro');

/** To the first on the waiting list when a place came free. */
export const placeMail = placeMailOf('invite.promoted.subject', 'invite.promoted.intro');

export function cancellationMail(session: SessionRow, person: Person): RenderedMail {
  return renderMail(person.locale, {
    subject: 'invite.cancelled.subject',
    values: { title: session.title },
    blocks: [
      { paragraph: 'invite.greeting', values: { name: person.name } },
      { paragraph: 'invite.cancelled.intro' },
      details(session, person.locale, false),
      SIGNOFF,
    ],
  });
}
