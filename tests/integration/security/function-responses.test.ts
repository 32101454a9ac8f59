/**
 * Every response of every function carries its own security headers and Cache-Control: no-store
 * (netlify.toml's headers do not apply to functions); hostile input comes back escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../src/server/http/responses.ts';
import { createFormEndpoint } from '../../../src/server/forms/endpoint.ts';
import { handleThanks } from '../../../src/server/forms/thanks.ts';
import { createPool } from '../../../src/server/db/pool.ts';
import { questionForm } from '../../../src/server/questions/endpoint.ts';
import { newReference } from '../../../src/server/reference.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/database.ts';
import { signupFlow } from '../../../support/signup-flow.ts';
import {
  formRequest,
  jsonRequest,
  ORIGIN,
  questionFields,
  signupFields,
  validQuestion,
  validSignup,
} from '../../../support/requests.ts';

let db: TestDatabase;
const silent = { info: () => undefined, error: () => undefined };
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.stop());

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>=HYPERLINK("http://evil")';

function checkHeaders(response: Response, label: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name), `${label}: ${name}`).toBe(value);
  const csp = response.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
}

describe('function responses', () => {
  it('carry security headers and no-store on every kind of answer', async () => {
    const questions = createFormEndpoint(
      questionForm(() => db.pool, null),
      { logger: silent },
    );
    const { signup: signups, confirm, pages } = signupFlow(db, null);
    const down = createPool('postgres://postgres@127.0.0.1:9/none', { connectTimeoutMs: 300 });
    const unavailable = createFormEndpoint(
      questionForm(() => down, null),
      { logger: silent },
    );
    const cases: Array<[string, Promise<Response>]> = [
      ['201', questions(jsonRequest('/api/questions', validQuestion, { 'Idempotency-Key': 'headers-0001' }))],
      ['303', questions(formRequest('/api/questions', questionFields()))],
      ['422 json', questions(jsonRequest('/api/questions', { ...validQuestion, question: '' }))],
      ['422 html', signups(formRequest('/api/expert-signups', signupFields({ email: 'x' })))],
      ['400', questions(jsonRequest('/api/questions', { nope: 1 }))],
      ['403', signups(jsonRequest('/api/expert-signups', validSignup, { 'Sec-Fetch-Site': 'cross-site' }))],
      ['405', questions(new Request(`${ORIGIN}/api/questions`, { method: 'PUT' }))],
      ['413', questions(jsonRequest('/api/questions', 'x'.repeat(20_000)))],
      [
        '415',
        questions(
          new Request(`${ORIGIN}/api/questions`, {
            method: 'POST',
            body: 'x',
            headers: { 'Content-Type': 'text/xml' },
          }),
        ),
      ],
      ['503', unavailable(jsonRequest('/api/questions', validQuestion))],
      [
        'thanks 200',
        handleThanks(new Request(`${ORIGIN}/nl/stel-je-vraag/bedankt/?ref=${newReference('V')}`)),
      ],
      ['thanks 404', handleThanks(new Request(`${ORIGIN}/nl/stel-je-vraag/bedankt/?ref=nope`))],
      [
        'thanks HEAD 200',
        handleThanks(
          new Request(`${ORIGIN}/nl/expertpool/bedankt/?ref=${newReference('E')}`, { method: 'HEAD' }),
        ),
      ],
      ['confirm page 404', pages(new Request(`${ORIGIN}/ar/expertpool/bevestigen/${'x'.repeat(43)}/`))],
      [
        'confirmed page 200',
        pages(new Request(`${ORIGIN}/fa/expertpool/bevestigd/?ref=${newReference('E')}`)),
      ],
      [
        'confirm 404',
        confirm(formRequest('/api/signup-confirmations', { token: 'y'.repeat(43), locale: 'ti' })),
      ],
      [
        'confirm 403',
        confirm(formRequest('/api/signup-confirmations', { token: 'y' }, { 'Sec-Fetch-Site': 'cross-site' })),
      ],
    ];
    for (const [label, pending] of cases) {
      const response = await pending;
      expect(response.status, label).toBe(Number(label.match(/\d{3}/)![0]));
      checkHeaders(response, label);
    }
    await down.end();
  });

  it.each([
    [
      'question form',
      '/api/questions',
      () => questionFields({ question: HOSTILE, name: HOSTILE, contact: HOSTILE }),
    ],
    [
      'sign-up form',
      '/api/expert-signups',
      () =>
        signupFields({
          name: HOSTILE,
          email: HOSTILE,
          phone: HOSTILE,
          heardFrom: HOSTILE,
          languages: ['ti', HOSTILE],
        }),
    ],
  ])('the %s echoes hostile input escaped on its no-JS error page', async (_name, path, fields) => {
    const handler =
      path === '/api/questions'
        ? createFormEndpoint(
            questionForm(() => db.pool, null),
            { logger: silent },
          )
        : signupFlow(db, null).signup;
    const response = await handler(formRequest(path, fields()));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script>alert(');
  });
});
