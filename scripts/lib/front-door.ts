/**
 * The local server's front door (npm start): a small HTTP proxy on the public port in front of
 * `netlify dev`, which listens on an internal port. It exists for two faults of the local
 * runtime (issue 16), neither of which production has:
 *
 * - A client that sends its body slowly made the Netlify CLI exit after 30 seconds (its body
 *   reader rejects with nothing to catch it: "Request timed out waiting for body"), taking
 *   `npm start` down. Here the body is read first, within BODY_TIMEOUT_MS (else 408) and
 *   MAX_BODY_BYTES (else 413), and only a complete request is passed on.
 * - `netlify dev` starts a new worker thread per request. Fifty at once on two cores spent most
 *   of their time starting and timed out (its 30-second function limit, answered 500). Here at
 *   most `concurrency` requests are passed on at a time; the rest wait their turn, in order.
 *
 * Responses are streamed back as they are. The Host header is kept, so the functions see the
 * address the browser used.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BODY_TIMEOUT_MS = 20_000;
/** Far above what the forms accept (16 KB): the functions answer 413 themselves. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface FrontDoor {
  port: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer | number> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => resolve(408), BODY_TIMEOUT_MS);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        clearTimeout(timer);
        resolve(413);
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    request.on('error', () => {
      clearTimeout(timer);
      resolve(400);
    });
  });
}

function withLength(headers: http.IncomingHttpHeaders, length: number): http.OutgoingHttpHeaders {
  const { 'transfer-encoding': _chunked, ...rest } = headers;
  void _chunked;
  return { ...rest, 'content-length': String(length) };
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  response.end(`${status} ${http.STATUS_CODES[status]}\n`);
}

/** A queue that lets `limit` tasks run at once, in arrival order. */
function limiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export function startFrontDoor(options: {
  port: number;
  upstreamPort: () => number;
  concurrency?: number;
}): Promise<FrontDoor> {
  const run = limiter(options.concurrency ?? 4);
  const server = http.createServer(async (request, response) => {
    const body = await readBody(request);
    if (typeof body === 'number') {
      refuse(response, body);
      request.destroy();
      return;
    }
    await run(
      () =>
        new Promise<void>((done) => {
          const upstream = http.request(
            {
              host: '127.0.0.1',
              port: options.upstreamPort(),
              method: request.method,
              path: request.url,
              headers: withLength(request.headers, body.length),
            },
            (answer) => {
              response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
              answer.pipe(response);
              answer.on('end', done);
              answer.on('error', done);
            },
          );
          upstream.on('error', () => {
            // The Netlify CLI is (re)starting: say so instead of dropping the connection.
            if (!response.headersSent) refuse(response, 503);
            else response.destroy();
            done();
          });
          response.on('close', done);
          upstream.end(request.method === 'GET' || request.method === 'HEAD' ? undefined : body);
        }),
    );
  });
  // Slow or stalled clients: never wait forever for headers either.
  server.headersTimeout = BODY_TIMEOUT_MS;
  server.requestTimeout = 0;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((closed) => server.close(() => closed())),
      }),
    );
  });
}
