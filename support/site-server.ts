/**
 * Serves the built site the way Netlify's CDN does, for browser tests: pretty URLs
 * (/nl/pip/ → /nl/pip/index.html), the static headers from netlify.toml (so the browser enforces
 * the real Content-Security-Policy), the 404 rules from dist/_redirects, and /api/* routed to the
 * same handlers the Netlify functions call; text compressed with brotli or gzip when the browser
 * asks, as the CDN does (so Lighthouse's simulated slow network sees the bytes readers get). The
 * real Netlify CLI is exercised by tests/e2e/local-run.test.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, pathMatches, readNetlifyToml, readRedirects } from './netlify-rules.ts';

export type ApiHandler = (request: Request) => Promise<Response>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/** Compressed bodies by file and encoding; a test run serves the same files many times. */
const compressedCache = new Map<string, Buffer<ArrayBuffer>>();

function encodingFor(req: IncomingMessage, file: string): 'br' | 'gzip' | null {
  if (!COMPRESSED.has(extname(file))) return null;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

async function encoded(file: string, body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer<ArrayBuffer>> {
  const { mtimeMs } = await stat(file);
  const key = `${encoding} ${mtimeMs} ${file}`;
  let out = compressedCache.get(key);
  if (!out) {
    // A CDN compresses on the fly at a middle quality, not at brotli's slow maximum.
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(body, { level: 6 });
    compressedCache.set(key, out);
  }
  return out;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

async function fileIfExists(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileIfExists(join(path, 'index.html'));
  } catch {
    // not there
  }
  return null;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else if (value !== undefined) headers.set(key, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export interface SiteServerOptions {
  dist?: string;
  /** Dynamic routes (functions): a handler for a path, or undefined to serve a static file. */
  routes?: (path: string) => ApiHandler | undefined;
}

export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  const dist = options.dist ?? 'dist';
  const { headers: headerRules } = readNetlifyToml();
  const redirects = readRedirects(join(dist, '_redirects'));
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      const route = options.routes?.(url.pathname);
      if (route) return await send(res, await route(await toRequest(req, origin)));

      const path = decodeURIComponent(url.pathname);
      const local = normalize(join(dist, path));
      if (!local.startsWith(normalize(dist))) return send(res, new Response('Bad path', { status: 400 }));
      let file = await fileIfExists(local);
      let status = 200;
      if (file && !path.endsWith('/') && !extname(path)) {
        return send(res, new Response(null, { status: 301, headers: { Location: `${path}/${url.search}` } }));
      }
      if (!file) {
        const rule = redirects.find((r) => r.status === 404 && pathMatches(r.from, path));
        file = await fileIfExists(join(dist, rule?.to ?? '/404.html'));
        status = 404;
      }
      if (!file) return send(res, new Response('Not found', { status: 404 }));
      const raw = await readFile(file);
      const encoding = encodingFor(req, file);
      const body = encoding ? await encoded(file, raw, encoding) : raw;
      const headers: Record<string, string> = {
        ...headersFor(headerRules, path),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
      };
      return send(res, new Response(req.method === 'HEAD' ? null : body, { status, headers }));
    } catch (error) {
      console.error(error);
      return send(res, new Response('Test server error', { status: 500 }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
