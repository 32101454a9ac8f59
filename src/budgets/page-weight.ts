/** Weighs a built page: its HTML, the CSS it links and the JavaScript it loads (transitively). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readBuiltPage } from './built-pages.ts';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  path: string;
  template: string;
  lang: string;
  html: Weight;
  css: Weight;
  js: Weight;
  jsFiles: string[];
}

export function weigh(content: Buffer | string): Weight {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(weights: Weight[]): Weight {
  return weights.reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

const assetRef = /["'(](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css))["')]/g;

/** Files a JS module imports, followed through the whole graph. */
function jsClosure(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const match of text.matchAll(assetRef)) if (match[1]!.endsWith('.js')) queue.push(match[1]!);
  }
  return [...seen].sort();
}

/**
 * Every page links the same few CSS and JS files (their names carry a hash of their content):
 * each is compressed once, not once per page.
 */
const assetWeights = new Map<string, Weight>();
function weighAsset(dist: string, file: string): Weight {
  const key = join(dist, '_astro', file);
  let weight = assetWeights.get(key);
  if (!weight) {
    weight = weigh(readFileSync(key));
    assetWeights.set(key, weight);
  }
  return weight;
}

/**
 * Weighs one built page. Inline scripts are an error for this site (its CSP forbids them); a peer's
 * pages (the Starlight benchmark) may have them: their bytes are already part of the HTML.
 */
export function weighPage(
  dist: string,
  path: string,
  options: { allowInlineScripts?: boolean } = {},
): PageWeight {
  const { html, template, lang } = readBuiltPage(dist, path);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/_astro\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/_astro\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const inline = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g),
  ];
  if (inline.length > 0 && !options.allowInlineScripts)
    throw new Error(`${path} has an inline script; the Content-Security-Policy forbids it.`);
  const jsFiles = jsClosure(dist, scripts);
  return {
    path,
    template,
    lang,
    html: weigh(html),
    css: sum(css.map((f) => weighAsset(dist, f))),
    js: sum(jsFiles.map((f) => weighAsset(dist, f))),
    jsFiles,
  };
}
