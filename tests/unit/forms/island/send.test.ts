import { describe, expect, it } from 'vitest';
import { sendJson } from '../../../../src/forms/island/send.ts';

const options = (fetchImpl: typeof fetch, online = () => true) => ({
  idempotencyKey: 'key-1234-abcd',
  fillTimeMs: 5000,
  fetchImpl,
  isOnline: online,
  sleep: async () => undefined,
});

function answers(...list: Array<Response | Error>): { fetchImpl: typeof fetch; calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    calls.push(init!);
    const next = list.shift()!;
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const created = () => new Response(JSON.stringify({ reference: 'V-ABCD-EF' }), { status: 201 });

describe('sending a form as JSON', () => {
  it('sends the key and the fill time, and returns the reference', async () => {
    const { fetchImpl, calls } = answers(created());
    expect(await sendJson('/api/questions', { a: 1 }, options(fetchImpl))).toEqual({
      kind: 'created',
      reference: 'V-ABCD-EF',
      location: undefined,
    });
    const headers = calls[0]!.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toBe('key-1234-abcd');
    expect(headers['X-Fill-Time-Ms']).toBe('5000');
  });

  it('retries network failures and 5xx with the same key, then succeeds', async () => {
    const { fetchImpl, calls } = answers(
      new TypeError('network'),
      new Response(null, { status: 503 }),
      created(),
    );
    expect((await sendJson('/x', {}, options(fetchImpl))).kind).toBe('created');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => (c.headers as Record<string, string>)['Idempotency-Key'])).size).toBe(1);
  });

  it('gives up after the attempts with "failed" (online) or "offline"', async () => {
    const down = () => answers(...Array.from({ length: 4 }, () => new Response(null, { status: 503 })));
    expect((await sendJson('/x', {}, options(down().fetchImpl))).kind).toBe('failed');
    expect(
      (
        await sendJson(
          '/x',
          {},
          options(answers().fetchImpl, () => false),
        )
      ).kind,
    ).toBe('offline');
  });

  it('does not retry what retrying cannot fix', async () => {
    const invalid = answers(
      new Response(JSON.stringify({ errors: [{ field: 'question', code: 'required', message: 'x' }] }), {
        status: 422,
      }),
    );
    expect((await sendJson('/x', {}, options(invalid.fetchImpl))).kind).toBe('invalid');
    const limited = answers(new Response(null, { status: 429 }));
    expect((await sendJson('/x', {}, options(limited.fetchImpl))).kind).toBe('rateLimited');
    expect(limited.calls).toHaveLength(1);
  });
});
