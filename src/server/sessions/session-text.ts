/**
 * A session told in the reader's language, the same on the reply page and in every mail: what
 * it is about, when (Gregorian, Latin digits, Amsterdam time, src/i18n/format.ts), where (the
 * online link only for a confirmed place), the language and the interpreters. The title and topic
 * are the team's words, in the session's working language: they keep that language's `lang`.
 */
import { languageLabel } from '../../forms/signup/options.ts';
import { formatDateTime, formatList, formatTime } from '../../i18n/format.ts';
import { SITE_TIME_ZONE } from '../../lib/wall-clock.ts';
import { serverTranslate } from '../i18n.ts';
import { CHANGE_UNTIL_HOURS } from './replies.ts';
import { endsAt, type SessionRow } from './sessions.ts';

export interface SessionFact {
  /** Interface-string key of the label. */
  label: string;
  value: string;
  /** The value's own language, when it is the team's text (title, topic, address). */
  lang?: string;
  /** A link (the online meeting), shown as one. */
  href?: string;
}

export function sessionWhen(session: SessionRow, lang: string): string {
  return serverTranslate(lang)('session.whenValue', {
    date: formatDateTime(session.starts_at, lang, SITE_TIME_ZONE),
    end: formatTime(endsAt(session), lang, SITE_TIME_ZONE),
  });
}

/** Until when an answer can change, as text. */
export function changeDeadline(session: SessionRow, lang: string): string {
  const deadline = new Date(session.starts_at.getTime() - CHANGE_UNTIL_HOURS * 3_600_000);
  return formatDateTime(deadline, lang, SITE_TIME_ZONE);
}

export function sessionFacts(session: SessionRow, lang: string, hasPlace: boolean): SessionFact[] {
  const translate = serverTranslate(lang);
  const t = (key: string) => translate(key);
  const own = session.working_language;
  const where: SessionFact =
    session.mode === 'place'
      ? { label: 'session.where', value: session.address ?? '', lang: own }
      : hasPlace && session.online_url
        ? { label: 'session.where', value: session.online_url, href: session.online_url }
        : { label: 'session.where', value: t('session.onlineLater') };
  const interpreters = session.interpreters.length
    ? translate('session.interpreters', {
        languages: formatList(
          session.interpreters.map((code) => languageLabel(code, t)),
          lang,
        ),
      })
    : t('session.noInterpreters');
  return [
    { label: 'session.topic', value: `${session.title}: ${session.topic}`, lang: own },
    { label: 'session.when', value: sessionWhen(session, lang) },
    where,
    { label: 'session.language', value: `${languageLabel(own, t)}. ${interpreters}` },
  ];
}
