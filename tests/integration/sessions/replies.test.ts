/**
 * Answers to invitations on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): the
 * capacity race (50 simultaneous yeses for 20 places), the waiting list and who moves up, changing
 * one's mind until 24 hours before, and tokens that lead nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyConflict } from '../../../src/server/db/idempotency.ts';
import { createPool, type Pool } from '../../../src/server/db/pool.ts';
import {
  InvitationGone,
  invitationByToken,
  reply,
  TooLateToChange,
} from '../../../src/server/sessions/replies.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { seedInvitations, seedSession, seedSignups } from '../../../support/fixtures/sessions.ts';

let db: TestDatabase;
let people: Array<{ id: string; reference: string }>;
let wide: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  // Many connections, so the answers really arrive at the database at the same time.
  wide = createPool(db.url, { max: db.kind === 'postgresql' ? 20 : 8 });
  people = await seedSignups(db.pool, 60);
}, 120_000);
afterAll(async () => {
  await wide?.end();
  await db?.stop();
});

const meta = (n: number | string) => ({ bodyHash: `hash-${n}` });
const placeOf = async (hash: string) =>
  (
    await db.pool.query<{ answer: string | null; place: string | null }>(
      'SELECT answer, place FROM pool_invitations WHERE token_hash = $1',
      [hash],
    )
  ).rows[0];

describe(`answers to invitations (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('50 simultaneous yeses for 20 places: exactly 20 confirmed, 30 on the waiting list', async () => {
    const session = await seedSession(db.pool, { capacity: 20 });
    const invited = await seedInvitations(
      db.pool,
      session.id,
      people.slice(0, 50).map((p) => p.id),
    );
    const results = await Promise.all(invited.map((i, n) => reply(wide, i.hash, 'yes', meta(n))));
    expect(results.filter((r) => r.outcome === 'confirmed')).toHaveLength(20);
    expect(results.filter((r) => r.outcome === 'waiting')).toHaveLength(30);
    const { rows } = await db.pool.query<{ place: string; n: number }>(
      'SELECT place, count(*)::int AS n FROM pool_invitations WHERE session_id = $1 GROUP BY place ORDER BY place',
      [session.id],
    );
    expect(rows).toEqual([
      { place: 'confirmed', n: 20 },
      { place: 'waiting', n: 30 },
    ]);
  });

  it('a place freed by a no goes to the first on the waiting list; a yes again does not jump the queue', async () => {
    const session = await seedSession(db.pool, { capacity: 2 });
    const [a, b, c, d] = await seedInvitations(
      db.pool,
      session.id,
      people.slice(0, 4).map((p) => p.id),
    );
    for (const [n, i] of [a!, b!, c!, d!].entries()) await reply(db.pool, i.hash, 'yes', meta(`q${n}`));
    expect((await placeOf(c!.hash))?.place).toBe('waiting');
    const cancelled = await reply(db.pool, a!.hash, 'no', meta('a-no'));
    expect(cancelled.outcome).toBe('no');
    const promoted = await db.pool.query('SELECT signup_id FROM pool_invitations WHERE id = $1', [
      cancelled.promotedInvitationId,
    ]);
    expect(promoted.rows[0].signup_id).toBe(c!.signupId);
    expect(await placeOf(c!.hash)).toEqual({ answer: 'yes', place: 'confirmed' });
    // Changing her mind back: the list has d first now, and there is no free place.
    const again = await reply(db.pool, a!.hash, 'yes', meta('a-yes'));
    expect(again.outcome).toBe('waiting');
    await reply(db.pool, b!.hash, 'maybe', meta('b-maybe'));
    expect(await placeOf(d!.hash)).toEqual({ answer: 'yes', place: 'confirmed' });
    expect(await placeOf(a!.hash)).toEqual({ answer: 'yes', place: 'waiting' });
  });

  it('the same answer twice changes nothing; an Idempotency-Key replays, with another body it is refused', async () => {
    const session = await seedSession(db.pool);
    const [i] = await seedInvitations(db.pool, session.id, [people[0]!.id]);
    const first = await reply(db.pool, i!.hash, 'maybe', { bodyHash: 'b1', idempotencyKey: 'key-0001-aaaa' });
    expect(first).toMatchObject({ outcome: 'maybe', changed: true });
    const replay = await reply(db.pool, i!.hash, 'maybe', {
      bodyHash: 'b1',
      idempotencyKey: 'key-0001-aaaa',
    });
    expect(replay).toMatchObject({ outcome: 'maybe', changed: false });
    await expect(
      reply(db.pool, i!.hash, 'yes', { bodyHash: 'b2', idempotencyKey: 'key-0001-aaaa' }),
    ).rejects.toBeInstanceOf(IdempotencyConflict);
    expect((await reply(db.pool, i!.hash, 'maybe', meta('plain'))).changed).toBe(false);
    const replies = await db.pool.query(
      'SELECT count(*)::int AS n FROM pool_replies r JOIN pool_invitations i ON i.id = r.invitation_id WHERE i.token_hash = $1',
      [i!.hash],
    );
    expect(replies.rows[0].n).toBe(1);
  });

  it('answers change until 24 hours before the start, not after', async () => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const session = await seedSession(db.pool, { startsAt });
    const [i] = await seedInvitations(db.pool, session.id, [people[1]!.id]);
    const dayAndAMinuteBefore = new Date(startsAt.getTime() - 24 * 3_600_000 - 60_000);
    await reply(db.pool, i!.hash, 'yes', meta('early'), dayAndAMinuteBefore);
    const late = new Date(startsAt.getTime() - 23 * 3_600_000);
    await expect(reply(db.pool, i!.hash, 'no', meta('late'), late)).rejects.toBeInstanceOf(TooLateToChange);
    expect(await placeOf(i!.hash)).toEqual({ answer: 'yes', place: 'confirmed' });
    const view = await invitationByToken(db.pool, i!.hash, late);
    expect(view).toMatchObject({ canChange: false, answer: 'yes', place: 'confirmed' });
  });

  it('unknown, cancelled and ended: nothing to show, nothing recorded', async () => {
    const session = await seedSession(db.pool, { startsAt: new Date(Date.now() + 5 * 86_400_000) });
    const [i] = await seedInvitations(db.pool, session.id, [people[2]!.id]);
    expect(await invitationByToken(db.pool, 'f'.repeat(64))).toBe('unknown');
    const afterEnd = new Date(session.starts_at.getTime() + 121 * 60_000);
    expect(await invitationByToken(db.pool, i!.hash, afterEnd)).toBe('ended');
    await db.pool.query("UPDATE pool_sessions SET status = 'cancelled' WHERE id = $1", [session.id]);
    expect(await invitationByToken(db.pool, i!.hash)).toBe('cancelled');
    const gone = await reply(db.pool, i!.hash, 'yes', meta('x')).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(InvitationGone);
    expect((gone as InvitationGone).why).toBe('cancelled');
    expect(await placeOf(i!.hash)).toEqual({ answer: null, place: null });
  });
});
