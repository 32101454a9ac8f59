/**
 * Reminders on a real database: due two calendar days before in Amsterdam (across the October
 * switch too), only for confirmed places, at most once per person per session — when the scheduled
 * function runs twice, or twice at once — and tried again after a failed send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../../src/server/db/pool.ts';
import { instantOf } from '../../../src/lib/wall-clock.ts';
import { reply } from '../../../src/server/sessions/replies.ts';
import { sendDueReminders, type DueReminder } from '../../../src/server/sessions/reminders.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { seedInvitations, seedSession, seedSignups } from '../../../support/fixtures/sessions.ts';

let db: TestDatabase;
let other: Pool;
let people: Array<{ id: string; reference: string }>;

beforeAll(async () => {
  db = await createTestDatabase();
  other = createPool(db.url, { max: 2 });
  people = await seedSignups(db.pool, 8);
}, 120_000);
afterAll(async () => {
  await other?.end();
  await db?.stop();
});

/** A session starting at `startsAt` with four invited: two confirmed, one maybe, one no answer. */
async function sessionWithAnswers(startsAt: Date) {
  const session = await seedSession(db.pool, { startsAt, capacity: 5 });
  const invited = await seedInvitations(
    db.pool,
    session.id,
    people.slice(0, 4).map((p) => p.id),
  );
  const answeredAt = new Date(startsAt.getTime() - 5 * 86_400_000);
  await reply(db.pool, invited[0]!.hash, 'yes', { bodyHash: 'a' }, answeredAt);
  await reply(db.pool, invited[1]!.hash, 'yes', { bodyHash: 'b' }, answeredAt);
  await reply(db.pool, invited[2]!.hash, 'maybe', { bodyHash: 'c' }, answeredAt);
  return { session, invited };
}

const sent: DueReminder[] = [];
const record = async (r: DueReminder) => void sent.push(r);

describe(`reminders (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('two days before on the Amsterdam calendar, across the October switch, to confirmed people only', async () => {
    // Monday 26 October 2026 10:00 (winter time); two days before is Saturday 24 October 10:00,
    // still summer time: 08:00 UTC, not 09:00 UTC (48 hours before).
    const startsAt = instantOf({ date: '2026-10-26', time: '10:00' });
    const { session } = await sessionWithAnswers(startsAt);
    sent.length = 0;
    const early = await sendDueReminders(db.pool, record, new Date('2026-10-24T07:59:00Z'));
    expect(early.sent).toBe(0);
    const due = await sendDueReminders(db.pool, record, new Date('2026-10-24T08:00:00Z'));
    expect(due).toEqual({ sent: 2, skipped: 0, failed: 0 });
    expect(sent.map((r) => r.session.reference)).toEqual([session.reference, session.reference]);
    expect(sent.map((r) => r.signupId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    // The scheduled function runs again an hour later: nothing more.
    expect((await sendDueReminders(db.pool, record, new Date('2026-10-24T09:00:00Z'))).sent).toBe(0);
    expect(sent).toHaveLength(2);
    // After the start, nothing either.
    await db.pool.query('DELETE FROM pool_reminders');
    expect((await sendDueReminders(db.pool, record, new Date('2026-10-26T09:01:00Z'))).sent).toBe(0);
    await db.pool.query("UPDATE pool_sessions SET status = 'cancelled' WHERE id = $1", [session.id]);
  });

  it('two runs at the same moment send each reminder once', async () => {
    const startsAt = new Date(Date.now() + 86_400_000);
    const { session } = await sessionWithAnswers(startsAt);
    sent.length = 0;
    const slow = async (r: DueReminder) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sent.push(r);
    };
    const [a, b] = await Promise.all([sendDueReminders(db.pool, slow), sendDueReminders(other, slow)]);
    expect(a.sent + b.sent).toBe(2);
    expect(sent.filter((r) => r.session.reference === session.reference)).toHaveLength(2);
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM pool_reminders r JOIN pool_invitations i ON i.id = r.invitation_id WHERE i.session_id = $1',
      [session.id],
    );
    expect(rows[0].n).toBe(2);
    await db.pool.query("UPDATE pool_sessions SET status = 'cancelled' WHERE id = $1", [session.id]);
  });

  it('a failed send is undone and tried again by the next run', async () => {
    const startsAt = new Date(Date.now() + 86_400_000);
    const { session } = await sessionWithAnswers(startsAt);
    const failing = await sendDueReminders(db.pool, async () => {
      throw new Error('SMTP down');
    });
    expect(failing).toEqual({ sent: 0, skipped: 0, failed: 2 });
    sent.length = 0;
    expect((await sendDueReminders(db.pool, record)).sent).toBe(2);
    expect(sent.every((r) => r.session.reference === session.reference)).toBe(true);
  });
});
