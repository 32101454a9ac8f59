/**
 * The team plans sessions in Dutch time: "29 March 2027, 14:00" means the clock on the wall in
 * Amsterdam, whatever the daylight-saving rule that day. The database stores the instant
 * (timestamptz); this turns a wall-clock date and time into that instant and back, with the time
 * zone database Intl carries, so the switches in March and October need no rule of our own.
 */
export const SITE_TIME_ZONE = 'Europe/Amsterdam';

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour clock */
  time: string;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam wall clock at an instant. */
export function wallClockAt(instant: Date): WallClock {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

export class WallClockError extends Error {}

/**
 * The instant at which Amsterdam's clocks show this date and time. A time that does not exist
 * (the hour skipped in March) or happens twice (the hour repeated in October) is refused: a
 * session must not start at a time people read two ways.
 */
export function instantOf({ date, time }: WallClock): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d) throw new WallClockError(`"${date}" is not a date written as YYYY-MM-DD.`);
  if (!t) throw new WallClockError(`"${time}" is not a time written as HH:MM (24-hour clock).`);
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (new Date(asUtc).toISOString().slice(0, 10) !== date)
    throw new WallClockError(`${date} is not a day of the calendar.`);
  // Amsterdam is UTC+1 or UTC+2: the instant is one of these two, or none, or both.
  const found = [1, 2]
    .map((hours) => new Date(asUtc - hours * 3_600_000))
    .filter((instant) => {
      const wall = wallClockAt(instant);
      return wall.date === date && wall.time === time;
    });
  if (found.length === 0)
    throw new WallClockError(
      `${date} ${time} does not exist in Amsterdam: the clocks skip that hour. Choose another time.`,
    );
  if (found.length > 1)
    throw new WallClockError(
      `${date} ${time} happens twice in Amsterdam: the clocks go back that night. Choose another time.`,
    );
  return found[0]!;
}
