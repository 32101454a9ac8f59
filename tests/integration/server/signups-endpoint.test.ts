/**
 * The expert-pool sign-up endpoint on a real database, with a real SMTP server: JSON and plain
 * forms, the confirmation mail in the person's language, idempotency, the contract's refusals.
 * Nothing reaches expert_signups before the link in the mail is used (signup-confirm.test.ts).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { formRequest, jsonRequest, signupFields, validSignup } from '../../../support/requests.ts';
import { signupFlow, SITE, startSignupFlow, tokenOf } from '../../../support/signup-flow.ts';

const PATH = '/api/expert-signups';
const { db, mail, flow, reset, stop } = await startSignupFlow();
afterAll(stop);
beforeEach(reset);
const pending = async () => (await db.pool.query('SELECT * FROM signup_confirmations ORDER BY id')).rows;
const signups = async () => (await db.pool.query('SELECT * FROM expert_signups ORDER BY id')).rows;

describe(`POST /api/expert-signups (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('keeps a JSON sign-up waiting for its confirmation and mails the link in the sign-up’s language', async () => {
    const response = await flow.signup(
      jsonRequest(PATH, { ...validSignup, arrivalYear: 2016 }, { 'Idempotency-Key': 'signup-0001-aa' }),
    );
    expect(response.status).toBe(201);
    const { reference, location } = (await response.json()) as { reference: string; location: string };
    expect(reference).toMatch(/^E-/);
    expect(location).toBe(`/ti/expertpool/bedankt/?ref=${reference}`);
    expect(await signups()).toHaveLength(0);
    const [row] = await pending();
    expect(row).toMatchObject({
      reference,
      locale: 'ti',
      email_normalized: 'selam@example.org',
      confirmed_at: null,
    });
    expect(row.record).toMatchObject({
      name: 'Selam Tesfay',
      email: 'selam@example.org',
      municipality: 'GM0014',
      province: 'Groningen',
      arrivalYear: 2016,
      languages: ['ti', 'nl'],
      phone: null,
      status: 'new',
    });
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(7 * 86_400_000);
    await flow.settle();
    const [sent] = await mail.waitFor(1);
    expect(sent!.to).toEqual(['selam@example.org']);
    expect(sent!.mail.subject).toBe('ምዝገባኹም ኣብ ጉጅለ ክኢላታት ኣረጋግጹ');
    expect(sent!.mail.html).toContain('<html lang="ti" dir="ltr">');
    const token = tokenOf(sent!);
    expect(sent!.mail.text).toContain(`${SITE}/ti/expertpool/bevestigen/${token}/`);
    expect(sent!.mail.text).toContain(reference);
    // Only the hash is kept; the mail never repeats what was typed into the form.
    expect(JSON.stringify(await pending())).not.toContain(token);
    expect(sent!.raw).not.toContain('Selam Tesfay');
    expect((await pending())[0].mail_status).toBe('sent');
  });

  it('takes a plain form with repeated checkboxes and a typed language, and redirects (303)', async () => {
    const response = await flow.signup(
      formRequest(PATH, signupFields({ languages: ['ti', 'am', 'Bilen'], locale: 'ar' })),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toMatch(/^\/ar\/expertpool\/bedankt\/\?ref=E-/);
    expect((await pending())[0].record.languages).toEqual(['ti', 'am', 'Bilen']);
    await flow.settle();
    const [sent] = await mail.waitFor(1);
    expect(sent!.mail.html).toContain('<html lang="ar" dir="rtl">');
  });

  it('answers a retry with the same key with the same answer and no second mail; another body with that key is refused', async () => {
    const send = (body: object) =>
      flow.signup(jsonRequest(PATH, body, { 'Idempotency-Key': 'signup-0003-aa' }));
    const first = await send(validSignup);
    const firstBody = await first.json();
    const retry = await send(validSignup);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await retry.json()).toEqual(firstBody);
    expect((await send({ ...validSignup, name: 'Iemand anders' })).status).toBe(422);
    expect(await pending()).toHaveLength(1);
    await flow.settle();
    expect(mail.mails).toHaveLength(1);
  });

  it('refuses invalid input with translated messages, and keeps typed values on the no-JS page', async () => {
    const json = await flow.signup(
      jsonRequest(PATH, { ...validSignup, adult: false, languages: [], locale: 'tr' }),
    );
    expect(json.status).toBe(422);
    const { errors } = (await json.json()) as { errors: { field: string }[] };
    expect(errors.map((e) => e.field)).toEqual(['languages', 'adult']);
    const page = await flow.signup(
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
    expect(await pending()).toHaveLength(0);
  });

  it('keeps the contract: unknown fields 400, wrong type 415, cross-site 403', async () => {
    expect((await flow.signup(jsonRequest(PATH, { ...validSignup, role: 'admin' }))).status).toBe(400);
    expect(
      (
        await flow.signup(
          new Request('https://wegwijzer.test/api/expert-signups', {
            method: 'POST',
            body: 'x',
            headers: { 'Content-Type': 'multipart/form-data' },
          }),
        )
      ).status,
    ).toBe(415);
    expect(
      (await flow.signup(jsonRequest(PATH, validSignup, { 'Sec-Fetch-Site': 'cross-site' }))).status,
    ).toBe(403);
    expect(await pending()).toHaveLength(0);
  });

  it('without SMTP the sign-up is kept all the same, its mail recorded as unsent', async () => {
    const offline = signupFlow(db, null);
    const response = await offline.signup(
      jsonRequest(PATH, validSignup, { 'Idempotency-Key': 'signup-0009-aa' }),
    );
    expect(response.status).toBe(201);
    await offline.settle();
    expect((await pending())[0].mail_status).toBe('unsent');
  });

  it('never logs what people typed, nor the link', async () => {
    await flow.settle();
    const text = flow.log.text();
    expect(text).not.toContain('selam@example.org');
    expect(text).not.toContain('Selam');
    for (const sent of mail.mails) expect(text).not.toContain(tokenOf(sent));
  });
});
