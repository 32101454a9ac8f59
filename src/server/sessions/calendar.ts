/**
 * The invitation's calendar file (.ics, RFC 5545) from ical-generator, a maintained library — not
 * hand-written iCalendar, whose escaping and line folding are easy to get wrong. Times are UTC
 * instants, which every calendar shows in its own time zone. The event's UID is the session's, so
 * a later file for the same session updates the event instead of adding a second one.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { serverTranslate } from '../i18n.ts';
import { endsAt, type SessionRow } from './sessions.ts';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

export interface CalendarOptions {
  lang: string;
  /** The person's reply page (in the description, to change the answer from the calendar). */
  replyUrl: string;
  /** Whether the person has a place: only then does an online session carry its link. */
  hasPlace: boolean;
}

export function sessionCalendar(session: SessionRow, { lang, replyUrl, hasPlace }: CalendarOptions): string {
  const t = serverTranslate(lang);
  const online = session.mode === 'online';
  const calendar = ical({
    prodId: { company: 'Wegwijzer Inburgering', product: 'Expertpool', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${session.reference}@wegwijzer-inburgering`,
    start: session.starts_at,
    end: endsAt(session),
    stamp: new Date(),
    summary: session.title,
    description: `${session.topic}\n\n${t('invite.answer')}: ${replyUrl}`,
    location: online
      ? hasPlace && session.online_url
        ? session.online_url
        : t('session.online')
      : session.address,
    url: online && hasPlace ? session.online_url : replyUrl,
  });
  return calendar.toString();
}
