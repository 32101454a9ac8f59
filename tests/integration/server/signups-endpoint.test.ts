/**
 * The expert-pool sign-up endpoint on a real database: JSON and plain forms, update by e-mail,
 * idempotency, the contract's refusals.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { signupForm } from '../../../src/server/signups/endpoint.ts';
import { captureLogger } from '../../../support/capture-log.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { formRequest, jsonRequest, signupFields, validSignup } from '../../../support/requests.ts';

const PATH = '/api/expert-signups';
let db: TestDatabase;
let handle: (request: Request) => Promise<Response>;
const log = captureLogger();

beforeAll(async () => {
  db = await createTestDatabase();
  handle = createFormEndpoint(
    signupForm(() => db.pool, null),
    { logger: log },
  );
});
afterAll(async () => db?.stop());
beforeEach(async () => {
  await db.pool.query('DELETE FROM expert_signups');
});
const rows = async () => (await db.pool.query('SELECT * FROM expert_signups ORDER BY id')).rows;

describe(`POST /api/expert-signups (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('stores a JSON sign-up with the province kept', async () => {
    const response = await handle(
      jsonRequest(PATH, { ...validSignup, arrivalYear: 2016 }, { 'Idempotency-Key': 'signup-0001-aa' }),
    );
    expect(response.status).toBe(201);
    const { reference, location } = (await response.json()) as { reference: string; location: string };
    expect(reference).toMatch(/^E-/);
    expect(location).toBe(`/ti/expertpool/bedankt/?ref=${reference}`);
    expect((await rows())[0]).toMatchObject({
      name: 'Selam Tesfay',
      email: 'selam@example.org',
      municipality: 'GM0014',
      province: 'Groningen',
      arrival_year: 2016,
      languages: ['ti', 'nl'],
      experience: ['old_law', 'helping_others'],
      availability: ['online', 'evenings'],
      phone: null,
      status: 'new',
    });
  });

  it('takes a plain form with repeated checkboxes and a typed language, and redirects (303)', async () => {
    const response = await handle(
      formRequest(PATH, signupFields({ languages: ['ti', 'am', 'Bilen'], locale: 'nl' })),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toMatch(/^\/nl\/expertpool\/bedankt\/\?ref=E-/);
    expect((await rows())[0].languages).toEqual(['ti', 'am', 'Bilen']);
  });

  it('updates the sign-up of a known e-mail address instead of adding one, and says so', async () => {
    const first = await handle(jsonRequest(PATH, validSignup, { 'Idempotency-Key': 'signup-0002-aa' }));
    const { reference } = (await first.json()) as { reference: string };
    const again = await handle(
      formRequest(
        PATH,
        signupFields({ email: '  SELAM@Example.org ', municipality: 'GM0599', locale: 'en' }),
      ),
    );
    expect(again.status).toBe(303);
    expect(again.headers.get('Location')).toBe(`/en/expertpool/bedankt/?ref=${reference}&updated=1`);
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      reference,
      municipality: 'GM0599',
      province: 'Zuid-Holland',
      locale: 'en',
    });
    expect(all[0].updated_at.getTime()).toBeGreaterThan(all[0].created_at.getTime());
  });

  it('answers a retry with the same key with the same reference; another body with that key is refused', async () => {
    const send = (body: object) => handle(jsonRequest(PATH, body, { 'Idempotency-Key': 'signup-0003-aa' }));
    const { reference } = (await (await send(validSignup)).json()) as { reference: string };
    const retry = await send(validSignup);
    expect(((await retry.json()) as { reference: string }).reference).toBe(reference);
    expect((await send({ ...validSignup, name: 'Iemand anders' })).status).toBe(422);
    expect(await rows()).toHaveLength(1);
  });

  it('refuses invalid input with translated messages, and keeps typed values on the no-JS page', async () => {
    const json = await handle(
      jsonRequest(PATH, { ...validSignup, adult: false, languages: [], locale: 'tr' }),
    );
    expect(json.status).toBe(422);
    const { errors } = (await json.json()) as { errors: { field: string }[] };
    expect(errors.map((e) => e.field)).toEqual(['languages', 'adult']);
    const page = await handle(
      formRequest(
        PATH,
        signupFields({ arrivalYear: '19', name: '<b>Selam</b>', languages: ['ti', 'Bilen'] }),
      ),
    );
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain('value="&lt;b>Selam&lt;/b>"');
    expect(html).toContain('value="Bilen"');
    expect(html).toMatch(/id="signup-languages-ti"[^>]*checked/);
    expect(await rows()).toHaveLength(0);
  });

  it('keeps the contract: unknown fields 400, wrong type 415, cross-site 403', async () => {
    expect((await handle(jsonRequest(PATH, { ...validSignup, role: 'admin' }))).status).toBe(400);
    expect(
      (
        await handle(
          new Request('https://wegwijzer.test/api/expert-signups', {
            method: 'POST',
            body: 'x',
            headers: { 'Content-Type': 'multipart/form-data' },
          }),
        )
      ).status,
    ).toBe(415);
    expect((await handle(jsonRequest(PATH, validSignup, { 'Sec-Fetch-Site': 'cross-site' }))).status).toBe(
      403,
    );
    expect(await rows()).toHaveLength(0);
  });

  it('never logs what people typed', () => {
    expect(log.text()).not.toContain('selam@example.org');
    expect(log.text()).not.toContain('Selam');
  });
});
