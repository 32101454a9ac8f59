/** The security headers Netlify sends with every static file (netlify.toml), checked as policy. */
import { describe, expect, it } from 'vitest';
import { headersFor, readNetlifyToml } from '../../../support/netlify-rules.ts';

const headers = headersFor(readNetlifyToml().headers, '/nl/pip/');
const directives = Object.fromEntries(
  (headers['Content-Security-Policy'] ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0])
    .map(([name, ...values]) => [name!, values]),
);

describe('static headers (netlify.toml)', () => {
  it('a strict Content-Security-Policy: scripts and styles from the site only, no inline, no eval', () => {
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    for (const values of Object.values(directives)) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
      expect(values.some((v) => v.startsWith('http:'))).toBe(false);
    }
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
  });

  it("WebAssembly ('wasm-unsafe-eval') only for search: the search page and Pagefind's files; else the same policy", () => {
    const rules = readNetlifyToml().headers;
    const policy = (path: string) => headersFor(rules, path)['Content-Security-Policy'] ?? '';
    const general = policy('/nl/pip/');
    expect(general).not.toContain('wasm');
    for (const path of [
      '/nl/zoeken/',
      '/ar/zoeken/index.html',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.ar.pagefind',
    ])
      expect(policy(path), path).toBe(
        general.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"),
      );
    for (const path of ['/nl/', '/nl/pip/zoeken/x', '/_astro/index.js'])
      expect(policy(path), path).toBe(general);
  });

  it('HSTS for at least a year, nosniff, no referrer, no framing', () => {
    expect(
      Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('a Permissions-Policy that denies what the site does not use', () => {
    const policy = headers['Permissions-Policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'autoplay', 'fullscreen'])
      expect(policy).toContain(`${feature}=()`);
  });

  it('hashed build assets are cached for a year, and nothing else is', () => {
    expect(headersFor(readNetlifyToml().headers, '/_astro/index.abc123.css')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headers['Cache-Control']).toBeUndefined();
  });
});
