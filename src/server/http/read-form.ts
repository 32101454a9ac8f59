/**
 * Reads a form submission from a Request, enforcing the endpoint contract (docs/design.md) before any
 * validation: POST only (405), same-origin only (403), JSON or URL-encoded only (415), at most
 * 16 KB (413), only known fields (400). Values come out in one shape for both encodings.
 */
import { rawValues, type FormShape } from '../../forms/raw-values.ts';

export const MAX_BODY_BYTES = 16 * 1024;

export type Encoding = 'json' | 'form';

export type { FormShape } from '../../forms/raw-values.ts';

export interface ReadForm {
  encoding: Encoding;
  values: Record<string, unknown>;
}

export class RequestProblem extends Error {
  readonly status: 400 | 403 | 405 | 413 | 415;
  readonly code: string;
  /** How the client sent (or would have sent) the body, to answer in kind. */
  readonly encoding: Encoding;

  constructor(status: 400 | 403 | 405 | 413 | 415, code: string, encoding: Encoding) {
    super(code);
    this.status = status;
    this.code = code;
    this.encoding = encoding;
  }
}

export function encodingOf(request: Request): Encoding | null {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

/** Browsers say where a request comes from; anything but this site (or none, for API clients) is refused. */
function isCrossSite(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('Origin');
  // "null" is what a same-origin form post sends under Referrer-Policy: no-referrer.
  return Boolean(origin && origin !== 'null' && origin !== new URL(request.url).origin);
}

async function readBody(request: Request, encoding: Encoding): Promise<string> {
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES)
    throw new RequestProblem(413, 'tooLarge', encoding);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new RequestProblem(413, 'tooLarge', encoding);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new RequestProblem(400, 'encoding', encoding);
  }
}

function fromJson(text: string, shape: FormShape): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RequestProblem(400, 'json', 'json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new RequestProblem(400, 'json', 'json');
  for (const key of Object.keys(data))
    if (!shape.fields.includes(key)) throw new RequestProblem(400, 'unknownField', 'json');
  return data as Record<string, unknown>;
}

function fromForm(text: string, shape: FormShape): Record<string, unknown> {
  const params = new URLSearchParams(text);
  for (const key of new Set(params.keys())) {
    if (!shape.fields.includes(key)) throw new RequestProblem(400, 'unknownField', 'form');
    if (!shape.arrays?.includes(key) && params.getAll(key).length > 1)
      throw new RequestProblem(400, 'repeatedField', 'form');
  }
  return rawValues(params, shape);
}

export async function readForm(request: Request, shape: FormShape): Promise<ReadForm> {
  const encoding = encodingOf(request);
  const answerAs: Encoding =
    encoding ?? ((request.headers.get('Accept') ?? '').includes('text/html') ? 'form' : 'json');
  if (request.method !== 'POST') throw new RequestProblem(405, 'method', answerAs);
  if (isCrossSite(request)) throw new RequestProblem(403, 'crossSite', answerAs);
  if (!encoding) throw new RequestProblem(415, 'mediaType', answerAs);
  const text = await readBody(request, encoding);
  return { encoding, values: encoding === 'json' ? fromJson(text, shape) : fromForm(text, shape) };
}
