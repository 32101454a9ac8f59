/**
 * A new session as the team types it on the command line (`team sessions create …`): checked and
 * turned into a NewSession, or refused with a message that says what to type instead.
 */
import { SIGNUP_LANGUAGES } from '../../forms/signup/options.ts';
import { instantOf, WallClockError } from '../../lib/wall-clock.ts';
import { TeamError } from '../team/questions.ts';
import type { NewSession } from './sessions.ts';

export interface SessionOptions {
  title?: string;
  topic?: string;
  date?: string;
  time?: string;
  duration?: string;
  online?: string;
  address?: string;
  capacity?: string;
  language?: string;
  interpreters?: string;
}

export const SESSION_USAGE =
  'sessions create --title T --topic T --date YYYY-MM-DD --time HH:MM [--duration MINUTES] (--online URL | --address "street, town") --capacity N [--language nl] [--interpreters ar,ti]';

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || n > max)
    throw new TeamError(`--${name} needs a whole number from ${min} to ${max}.`);
  return n;
}

function required(value: string | undefined, name: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw new TeamError(`--${name} is missing.\nUsage: npm run team -- ${SESSION_USAGE}`);
  return text;
}

export function parseSessionInput(o: SessionOptions, now = new Date()): NewSession {
  const title = required(o.title, 'title');
  const topic = required(o.topic, 'topic');
  let startsAt: Date;
  try {
    startsAt = instantOf({ date: required(o.date, 'date'), time: required(o.time, 'time') });
  } catch (error) {
    if (error instanceof WallClockError) throw new TeamError(error.message);
    throw error;
  }
  if (startsAt <= now) throw new TeamError('The session would start in the past. Check --date and --time.');
  if (Boolean(o.online) === Boolean(o.address))
    throw new TeamError('Say where: --online URL for an online session, or --address "street, town".');
  let onlineUrl: string | null = null;
  if (o.online) {
    const url = URL.canParse(o.online) ? new URL(o.online) : null;
    if (!url || url.protocol !== 'https:')
      throw new TeamError('--online needs the meeting link, starting with https://.');
    onlineUrl = url.href;
  }
  const workingLanguage = (o.language ?? 'nl').trim();
  const interpreters = (o.interpreters ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  // Languages the site has a name for (`language.<code>`): those of the sign-up form.
  for (const code of [workingLanguage, ...interpreters])
    if (!(SIGNUP_LANGUAGES as readonly string[]).includes(code))
      throw new TeamError(`"${code}" is not one of the languages: ${SIGNUP_LANGUAGES.join(', ')}.`);
  return {
    title: title.slice(0, 200),
    topic: topic.slice(0, 1000),
    startsAt,
    durationMinutes: o.duration === undefined ? 120 : wholeNumber(o.duration, 'duration', 15, 600),
    mode: onlineUrl ? 'online' : 'place',
    address: o.address?.trim() || null,
    onlineUrl,
    capacity: wholeNumber(o.capacity, 'capacity', 1, 1000),
    workingLanguage,
    interpreters: [...new Set(interpreters)],
  };
}
