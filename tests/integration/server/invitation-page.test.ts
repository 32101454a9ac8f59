/**
 * The reply page and POST /api/rsvp on a real database and a real SMTP server: the page in the
 * reader's language; answers under the forms' contract (303 back to the page, JSON with an
 * Idempotency-Key replayed, another body refused, a localized 422); change of mind until 24 hours
 * before; the place freed by a no goes to the first waiting, by mail; and token probing — an
 * unknown, malformed, expired or cancelled link gets the same neutral page in the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { evenTime } from '../../../src/server/http/even-time.ts';
import { createMailer } from '../../../src/server/mail/mailer.ts';
import { rsvpForm } from '../../../src/server/rsvp/endpoint.ts';
import { createInvitationPage } from '../../../src/server/rsvp/invitation-page.ts';
import { invite } from '../../../src/server/sessions/invitations.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { seedSession, seedSignups } from '../../../support/fixtures/sessions.ts';
import { startMailCatcher, type MailCatcher } from '../../../support/mail-catcher.ts';
import { formRequest, jsonRequest, ORIGIN } from '../../../support/requests.ts';

let db: TestDatabase;
let smtp: MailCatcher;
let people: Array<{ id: string; reference: string }>;
const log = captureLogger();
const deferred: Promise<unknown>[] = [];
let page: (request: Request) => Promise<Response>;
let rsvp: (request: Request) => Promise<Response>;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startMailCatcher();
  people = await seedSignups(db.pool, 8, 11);
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'expertpool@wegwijzer.test', timeoutMs: 2000 });
  page = createInvitationPage(() => db.pool);
  rsvp = evenTime(
    createFormEndpoint(
      rsvpForm(() => db.pool, mailer),
      { logger: log, defer: (work) => deferred.push(work) },
    ),
  );
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await db?.stop();
});

/** A session with `n` people invited by mail; their tokens as the mails carry them. */
async function invited(n: number, over: Parameters<typeof seedSession>[1] = {}) {
  const session = await seedSession(db.pool, over);
  smtp.mails.length = 0;
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'expertpool@wegwijzer.test' });
  const result = await invite(
    db.pool,
    session.reference,
    { references: people.slice(0, n).map((p) => p.reference) },
    mailer,
  );
  const tokens = result.sent.map(
    (s) =>
      /\/uitnodiging\/([A-Za-z0-9_-]{43})\//.exec(
        smtp.mails.find((m) => m.to.includes(s.email))!.mail.text!,
      )![1]!,
  );
  return { session, tokens, sent: result.sent };
}

const get = (lang: string, token: string, query = '') =>
  page(new Request(`${ORIGIN}/${lang}/expertpool/uitnodiging/${token}/${query}`));
const answer = (token: string, value: string, locale = 'nl') =>
  rsvp(formRequest('/api/rsvp', { token, answer: value, locale, website: '' }));

describe('the reply page', () => {
  it("shows the session in the reader's language, the answers, and the way to change them", async () => {
    const { tokens } = await invited(1);
    const nl = await (await get('nl', tokens[0]!)).text();
    expect(nl).toContain('<html lang="nl" dir="ltr">');
    expect(nl).toContain('Je bent uitgenodigd');
    expect(nl).toContain('Stadhuis, Spui 70, Den Haag');
    expect(nl).toContain('(Nederlandse tijd)');
    expect(nl).toContain('Er zijn tolken voor: Arabisch en Tigrinya.');
    expect(nl).toMatch(/<input[^>]*type="radio"[^>]*value="yes"/);
    expect(nl).toContain(`name="token" value="${tokens[0]}"`);
    const ar = await (await get('ar', tokens[0]!)).text();
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('أنت مدعو');
    // The team's Dutch text keeps its own language inside the Arabic page.
    expect(ar).toContain('<span lang="nl" dir="ltr">Stadhuis, Spui 70, Den Haag</span>');
    expect(ar).not.toMatch(/[\u0660-\u0669]/); // Latin digits
    const ti = await (await get('ti', tokens[0]!)).text();
    expect(ti).toContain('ተዓዲምኩም ኣለኹም');
  });

  it('a plain form: 303 back to the page, which shows the answer; the same answer again changes nothing', async () => {
    const { tokens } = await invited(1);
    const response = await answer(tokens[0]!, 'yes');
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/nl/expertpool/uitnodiging/${tokens[0]}/?saved=1`);
    const shown = await (await get('nl', tokens[0]!, '?saved=1')).text();
    expect(shown).toContain('We hebben je antwoord bewaard.');
    expect(shown).toContain('Je komt. Er is een plek voor je.');
    expect(shown).toMatch(/<input[^>]*value="yes"[^>]*checked/);
    expect((await answer(tokens[0]!, 'yes')).status).toBe(303);
    const replies = await db.pool.query('SELECT count(*)::int AS n FROM pool_replies');
    expect(replies.rows[0].n).toBeGreaterThan(0);
  });

  it('JSON: an Idempotency-Key replays the first answer; with another body it is refused; no answer is a localized 422', async () => {
    const { tokens } = await invited(1);
    const body = { token: tokens[0], answer: 'maybe', locale: 'tr', website: '' };
    const first = await rsvp(jsonRequest('/api/rsvp', body, { 'Idempotency-Key': 'rsvp-0001-aaaa' }));
    expect(first.status).toBe(201);
    const again = await rsvp(jsonRequest('/api/rsvp', body, { 'Idempotency-Key': 'rsvp-0001-aaaa' }));
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await rsvp(
      jsonRequest('/api/rsvp', { ...body, answer: 'no' }, { 'Idempotency-Key': 'rsvp-0001-aaaa' }),
    );
    expect(other.status).toBe(422);
    const none = await rsvp(jsonRequest('/api/rsvp', { ...body, answer: '' }));
    expect(await none.json()).toEqual({
      errors: [
        { field: 'answer', code: 'required', message: 'Bir cevap seçin: Geliyorum, Gelmiyorum ya da Belki.' },
      ],
    });
    const plain = await rsvp(formRequest('/api/rsvp', { token: tokens[0]!, locale: 'ar', website: '' }));
    expect(plain.status).toBe(422);
    const html = await plain.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`name="token" value="${tokens[0]}"`);
    expect(html).toContain(`href="/ar/expertpool/uitnodiging/${tokens[0]}/"`);
    // Cross-site posts are refused before anything is read.
    const cross = await rsvp(
      formRequest('/api/rsvp', { token: tokens[0]!, answer: 'no' }, { 'Sec-Fetch-Site': 'cross-site' }),
    );
    expect(cross.status).toBe(403);
  });

  it('a no frees the place: the first on the waiting list gets it, and a mail in their language', async () => {
    const { tokens, sent } = await invited(3, { capacity: 2 });
    await db.pool.query("UPDATE pool_invitations SET locale = 'ti' WHERE id = $1", [sent[2]!.invitationId]);
    for (const token of tokens) await answer(token, 'yes');
    expect(await (await get('nl', tokens[2]!)).text()).toContain('Je staat op de wachtlijst.');
    smtp.mails.length = 0;
    await answer(tokens[0]!, 'no');
    await Promise.all(deferred);
    expect(await (await get('nl', tokens[2]!)).text()).toContain('Je komt. Er is een plek voor je.');
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual([sent[2]!.email]);
    expect(smtp.mails[0]!.mail.subject).toContain('ቦታ ኣሎኩም');
    const row = await db.pool.query('SELECT place_mail_status FROM pool_invitations WHERE id = $1', [
      sent[2]!.invitationId,
    ]);
    expect(row.rows[0].place_mail_status).toBe('sent');
  });

  it('within 24 hours of the start the answer stays: the page says why, a post gets 409', async () => {
    const { tokens } = await invited(1, { startsAt: new Date(Date.now() + 20 * 3_600_000) });
    const shown = await (await get('en', tokens[0]!)).text();
    expect(shown).toContain('You can no longer change your answer: the meeting starts within 24 hours.');
    expect(shown).not.toContain('type="radio"');
    const late = await answer(tokens[0]!, 'no', 'en');
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('You can no longer change your answer');
  });

  it('unknown, malformed, expired and cancelled links: one neutral page, the same time', async () => {
    const valid = (await invited(1)).tokens[0]!;
    const past = await invited(1);
    await db.pool.query("UPDATE pool_sessions SET starts_at = now() - interval '1 day' WHERE id = $1", [
      past.session.id,
    ]);
    const expired = past.tokens[0]!;
    const other = await invited(1);
    await db.pool.query("UPDATE pool_sessions SET status = 'cancelled' WHERE id = $1", [other.session.id]);
    const unknown = 'A'.repeat(43);
    const kinds = {
      unknown,
      malformed: 'not-a-token',
      expired,
      cancelled: other.tokens[0]!,
    };
    const bodies = new Set<string>();
    for (const token of Object.values(kinds)) {
      const response = await get('nl', token);
      expect(response.status).toBe(404);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('Deze link werkt niet');
    // Posting to a dead link: the same page, nothing stored.
    const posted = await answer(kinds.cancelled, 'yes');
    expect(posted.status).toBe(404);
    expect(await posted.text()).toBe([...bodies][0]);

    // Timing: 15 rounds of each kind, interleaved; the medians lie within a few milliseconds.
    const times: Record<string, number[]> = {
      valid: [],
      ...Object.fromEntries(Object.keys(kinds).map((k) => [k, []])),
    };
    for (let round = 0; round < 15; round++)
      for (const [kind, token] of Object.entries({ valid, ...kinds })) {
        const started = performance.now();
        await (await get('nl', token)).text();
        times[kind]!.push(performance.now() - started);
      }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const medians = Object.values(times).map(median);
    expect(Math.max(...medians) - Math.min(...medians), JSON.stringify(times)).toBeLessThan(15);
    expect(log.text()).not.toContain(valid);
    // Nothing about a person in the log: no addresses, no names.
    expect(log.text()).not.toMatch(/@example\.org|"name"/);
  });
});
