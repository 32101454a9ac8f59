/**
 * npm run demo:pool — the expert pool's whole cycle in about a minute, on a fresh embedded database
 * in memory (never .data/ or DATABASE_URL) and an in-process SMTP server (no mail leaves the
 * machine): 200 fictional sign-ups → a suggested pool of 20 → three sessions → invitations →
 * answers through POST /api/rsvp (some no, one over capacity, a change of mind) → reminders (run
 * twice) → attendance → 30 tips → insight drafts (in a temporary folder). It prints each step and
 * the mails it caught. Runs with tsx because the answer form's view is a .tsx file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantOf, wallClockAt } from '../src/lib/wall-clock.ts';
import { startEmbeddedDatabase } from '../src/server/db/embedded.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { createPool } from '../src/server/db/pool.ts';
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { rsvpForm } from '../src/server/rsvp/endpoint.ts';
import { recordAttendance } from '../src/server/sessions/attendance.ts';
import { draftInsights } from '../src/server/sessions/insight-drafts.ts';
import { invite } from '../src/server/sessions/invitations.ts';
import { mailReminder, sendDueReminders } from '../src/server/sessions/reminders.ts';
import { createSession, findSession, invitees } from '../src/server/sessions/sessions.ts';
import { addTips, importTips } from '../src/server/sessions/tips.ts';
import { spread, suggestPool } from '../src/server/team/pool.ts';
import { listSignups } from '../src/server/team/signups.ts';
import { sessionInput } from '../support/fixtures/sessions.ts';
import { signupFixture } from '../support/fixtures/signups.ts';
import { startMailCatcher } from '../support/mail-catcher.ts';
import { formRequest } from '../support/requests.ts';
import { storeSignup } from '../src/server/signups/store.ts';
import { bodyHash } from '../src/server/forms/body-hash.ts';
import { TIPS } from '../support/fixtures/tips.ts';

const started = performance.now();
const step = (n: number, text: string) => console.log(`\n${n}. ${text}`);
const say = (text: string) => console.log(`   ${text}`);
const DAY = 86_400_000;

const db = await startEmbeddedDatabase();
await migrate(db.url);
const pool = createPool(db.url, { max: 4 });
const smtp = await startMailCatcher();
const mailer = createMailer({ smtpUrl: smtp.url, from: 'expertpool@wegwijzer.test' });
const drafts = mkdtempSync(join(tmpdir(), 'wegwijzer-demo-insights-'));
console.log('Expert pool demo: the whole cycle.');
console.log(
  `Database: a fresh embedded PGlite in memory (${db.url}); your .data/ and DATABASE_URL are not touched.`,
);
console.log(`Mail: an in-process SMTP server (${smtp.url}); nothing leaves this machine.`);

try {
  step(1, 'Sign-ups');
  for (const signup of signupFixture(200, 2026))
    await storeSignup(pool, signup, { bodyHash: bodyHash(signup) });
  const signups = await listSignups(pool);
  say(`${signups.length} fictional people signed up (npm run seed:signups uses the same fixture).`);

  step(2, 'The suggested pool (team pool --suggest 20)');
  const picks = suggestPool(signups, 20, new Date().getFullYear());
  const s = spread(
    picks.map((p) => p.row),
    new Date().getFullYear(),
  );
  say(
    `20 people from ${s.municipalities} municipalities in ${s.provinces} provinces, ${s.yearsBands} of 5 bands of years in the Netherlands, ${s.languages} languages.`,
  );
  const pool20 = picks.map((p) => p.row.reference);

  step(3, 'Three sessions (team sessions create)');
  const at = (days: number, time: string) =>
    instantOf({ date: wallClockAt(new Date(Date.now() + days * DAY)).date, time });
  const sessions = [
    await createSession(
      pool,
      sessionInput({ title: 'Brieven van de gemeente', startsAt: at(8, '14:00'), capacity: 15 }),
    ),
    await createSession(
      pool,
      sessionInput({
        title: 'Hulp vinden',
        topic: 'Waar vind je hulp als je vastloopt?',
        startsAt: at(15, '19:00'),
        mode: 'online',
        address: null,
        onlineUrl: 'https://meet.example/expertpool-2',
        interpreters: ['ar', 'fa', 'ti'],
      }),
    ),
    await createSession(
      pool,
      sessionInput({ title: 'Wat werkt?', topic: 'Terugblik en gouden tips', startsAt: at(22, '14:00') }),
    ),
  ];
  for (const x of sessions)
    say(
      `${x.reference}  ${wallClockAt(x.starts_at).date} ${wallClockAt(x.starts_at).time}  ${x.title}, ${x.capacity} places, ${x.mode}`,
    );

  step(4, 'Invitations (team invite S-… --refs <the pool>)');
  const tokens = new Map<string, string>();
  for (const x of sessions) {
    const before = smtp.mails.length;
    const { sent } = await invite(pool, x.reference, { references: pool20 }, mailer);
    for (const person of sent) {
      const mail = smtp.mails.slice(before).find((m) => m.to.includes(person.email))!;
      const link = /\/uitnodiging\/([A-Za-z0-9_-]{43})\//.exec(mail.mail.text ?? '');
      tokens.set(`${x.reference} ${person.reference}`, link![1]!);
    }
    say(`${x.reference}: ${sent.length} invitations mailed, each with an .ics and a personal link.`);
  }

  step(5, 'Answers (POST /api/rsvp, as the reply page sends them without JavaScript)');
  const rsvp = createFormEndpoint(
    rsvpForm(() => pool, mailer),
    {
      logger: { info: () => undefined, error: () => undefined },
    },
  );
  const answer = (session: string, person: string, value: string) =>
    rsvp(
      formRequest('/api/rsvp', {
        token: tokens.get(`${session} ${person}`)!,
        answer: value,
        locale: 'nl',
        website: '',
      }),
    );
  const plan = [
    { yes: 16, no: 3 }, // one more yes than the 15 places: the last goes on the waiting list
    { yes: 14, no: 4 },
    { yes: 12, no: 5 },
  ];
  for (const [i, x] of sessions.entries()) {
    const statuses = new Set<number>();
    for (const [n, person] of pool20.entries()) {
      const value = n < plan[i]!.yes ? 'yes' : n < plan[i]!.yes + plan[i]!.no ? 'no' : 'maybe';
      statuses.add((await answer(x.reference, person, value)).status);
    }
    const o = await findSession(pool, x.reference);
    say(
      `${x.reference}: ${o.confirmed} confirmed of ${o.capacity}, ${o.waiting} on the waiting list, ${o.declined} no, ${o.maybe} maybe (HTTP ${[...statuses].join(', ')}).`,
    );
  }
  const first = sessions[0]!;
  await answer(first.reference, pool20[0]!, 'no');
  const moved = (await invitees(pool, first.id)).find((i) => i.reference === pool20[15]);
  say(
    `${first.reference}: ${pool20[0]} changes to no; ${moved?.reference} moves up from the waiting list (place: ${moved?.place}) and gets a mail.`,
  );

  step(6, 'Reminders (the hourly function), two days before each session');
  for (const x of sessions) {
    const twoDaysBefore = new Date(x.starts_at.getTime() - 2 * DAY + 60_000);
    const once = await sendDueReminders(pool, mailReminder(mailer), twoDaysBefore);
    const twice = await sendDueReminders(pool, mailReminder(mailer), twoDaysBefore);
    say(`${x.reference}: ${once.sent} reminders; run again: ${twice.sent} more.`);
  }

  step(7, 'Attendance (team attendance S-… --present … --absent …)');
  for (const x of sessions) {
    const confirmed = (await invitees(pool, x.id))
      .filter((i) => i.place === 'confirmed')
      .map((i) => i.reference);
    const done = await recordAttendance(pool, x.reference, confirmed.slice(2), confirmed.slice(0, 2));
    say(`${x.reference}: ${done.present} present, ${done.absent} absent.`);
  }

  step(8, 'Tips (team tips add / team tips import)');
  const [a, b, c] = sessions;
  await addTips(pool, a!.reference, TIPS.slice(0, 10));
  await addTips(pool, b!.reference, TIPS.slice(10, 20));
  const csv = `text,theme,language\n${TIPS.slice(20)
    .map((t) => `"${t.text.replace(/"/g, '""')}",${t.theme},${t.language}`)
    .join('\n')}\n`;
  const imported = await importTips(pool, c!.reference, csv);
  say(`30 tips: 10 + 10 added one by one, ${imported.added} imported from a CSV; none carries a name.`);

  step(9, 'Insight drafts (team insights draft S-…)');
  for (const x of sessions) {
    // As after the session: the drafts carry its date.
    const written = await draftInsights(pool, x.reference, drafts, new Date(x.starts_at.getTime() + DAY));
    say(`${x.reference}: ${written.map((d) => `${d.theme} (${d.tips})`).join(', ')}`);
  }
  say(
    `${readdirSync(join(drafts, 'nl')).length} draft files with status: draft in ${drafts} (the real command writes content/insights/).`,
  );

  step(10, 'Mails caught by the SMTP server');
  const perLanguage = new Map<string, number>();
  for (const mail of smtp.mails) {
    const lang = String(mail.mail.headers.get('content-language'));
    perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
  }
  say(
    `${smtp.mails.length} mails; per language: ${[...perLanguage]
      .sort()
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}.`,
  );
  const withIcs = smtp.mails.filter((m) =>
    m.mail.attachments.some((x) => x.filename === 'uitnodiging.ics'),
  ).length;
  say(`${withIcs} with a calendar file; every subject in the reader's language, e.g.:`);
  for (const lang of ['nl', 'ar', 'ti'])
    say(
      `  ${lang}: ${smtp.mails.find((m) => m.mail.headers.get('content-language') === lang)?.mail.subject}`,
    );
  console.log(`\nThe whole cycle took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  rmSync(drafts, { recursive: true, force: true });
  await pool.end();
  await smtp.close();
  await db.stop();
}
