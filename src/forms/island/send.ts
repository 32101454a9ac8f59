/**
 * Sends a form as JSON with an Idempotency-Key, retrying with backoff when the network or the
 * server fails, so a flaky connection does not lose the submission and a retry never creates a
 * second one (the server returns the first reference for the same key and body).
 */
export interface ServerFieldError {
  field: string;
  code: string;
  message: string;
}

export type SendResult =
  | { kind: 'created'; reference: string; location?: string }
  | { kind: 'invalid'; errors: ServerFieldError[] }
  | { kind: 'rateLimited' }
  | { kind: 'offline' }
  | { kind: 'failed' };

export interface SendOptions {
  idempotencyKey: string;
  /** How long the form was open, for the minimum-fill-time spam check. */
  fillTimeMs: number;
  attempts?: number;
  baseDelayMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  isOnline?: () => boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryDelay(response: Response | undefined, attempt: number, base: number): number {
  const header = Number(response?.headers.get('Retry-After'));
  if (Number.isFinite(header) && header > 0) return Math.min(header * 1000, 10_000);
  return base * 2 ** attempt + Math.floor(Math.random() * base);
}

export async function sendJson(endpoint: string, body: unknown, options: SendOptions): Promise<SendResult> {
  const {
    attempts = 4,
    baseDelayMs = 800,
    fetchImpl = fetch,
    sleep = wait,
    isOnline = () => navigator.onLine,
  } = options;
  if (!isOnline()) return { kind: 'offline' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    let response: Response | undefined;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': options.idempotencyKey,
          'X-Fill-Time-Ms': String(Math.max(0, Math.round(options.fillTimeMs))),
        },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      if (!isOnline()) return { kind: 'offline' };
    }
    if (response) {
      if (response.status === 201 || response.status === 200) {
        const data = (await response.json()) as { reference: string; location?: string };
        return { kind: 'created', reference: data.reference, location: data.location };
      }
      if (response.status === 422) {
        const data = (await response.json()) as { errors: ServerFieldError[] };
        return { kind: 'invalid', errors: data.errors };
      }
      if (response.status === 429) return { kind: 'rateLimited' };
      // Other 4xx will not get better by retrying.
      if (response.status < 500) return { kind: 'failed' };
    }
    if (attempt < attempts - 1) await sleep(retryDelay(response, attempt, baseDelayMs));
  }
  return isOnline() ? { kind: 'failed' } : { kind: 'offline' };
}
