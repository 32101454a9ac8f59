/**
 * The peer: the same explainers built with Starlight, Astro's documentation framework — what a team
 * would most likely pick instead. Starlight is installed in bench/starlight/ only (never a
 * dependency of the site). Side by side: build time, and per page HTML / CSS / JS bytes (raw and
 * brotli; JS = the scripts a page references and what they import, inline scripts counted in the
 * HTML), with the ratios ours / Starlight. The goal: at most half of Starlight's bytes, no slower.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { weighPage, type PageWeight } from '../src/budgets/page-weight.ts';
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { pageSlugs } from '../src/content-model/page-files.ts';
import { splitFrontmatter } from '../src/content-model/content-hash.ts';
import { parse } from 'yaml';
import { report } from './lib/results.ts';
import { median, round } from './lib/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PEER = join(process.cwd(), 'bench', 'starlight');
/** Pages that are forms, lists or the checker here: not explainers. */
const NOT_EXPLAINERS = /^(index|begrippen|stel-je-vraag|expertpool|wat-geldt-voor-mij)/;

function ensurePeerInstalled(): void {
  if (existsSync(join(PEER, 'node_modules', '@astrojs', 'starlight'))) return;
  console.log('Installing the peer (npm ci in bench/starlight)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in bench/starlight failed');
}

/** Our MDX, with our components turned into Starlight's (Aside, Steps) or plain HTML. */
function toStarlight(mdx: string, lang: string): string {
  const { frontmatter, body } = splitFrontmatter(mdx);
  const data = parse(frontmatter) as { title: string; description: string };
  const converted = body
    .replace(/<KeyPoints>/g, '<div class="key-points">')
    .replace(/<\/KeyPoints>/g, '</div>')
    .replace(/<Callout([^>]*)>/g, (_all, attributes: string) => {
      const type = /type="(\w+)"/.exec(attributes)?.[1] ?? 'info';
      const rest = attributes.replace(/\s*type="\w+"/, '');
      return `<Aside type="${{ info: 'note', tip: 'tip', warning: 'caution' }[type] ?? 'note'}"${rest}>`;
    })
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/<Term id="([^"]+)">/g, `<a href="/${lang}/begrippen/#$1">`)
    .replace(/<\/Term>/g, '</a>')
    .replace(/<(Glossary|QuestionForm|SignupForm|PoolOffer|RetentionPeriods|Insights|CheckerStart) \/>/g, '');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.description)}\n---\nimport { Aside, Steps } from '@astrojs/starlight/components';\n\n${converted}`;
}

function peerProject(): { dir: string; slugs: string[] } {
  // Inside bench/starlight/ (git-ignored), so packages resolve from its node_modules without links.
  const dir = join(PEER, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'peer', private: true, type: 'module' }));
  const locales = Object.fromEntries(
    LOCALES.map((l) => [
      l.code,
      { label: l.endonym, lang: l.code, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) },
    ]),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Starlight must be bundled in the prerender environment too (as Formik must for the site).
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: 'Wegwijzer Inburgering', defaultLocale: '${SOURCE_LOCALE}', locales: ${JSON.stringify(locales)} })], vite: { ssr: { noExternal: ['@astrojs/starlight'] }, environments: { prerender: { resolve: { noExternal: ['@astrojs/starlight'] } } } } });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const pagesDir = join(process.cwd(), 'content', 'pages');
  const slugs = pageSlugs(pathToFileURL(`${pagesDir}/`), SOURCE_LOCALE).filter(
    (s) => !NOT_EXPLAINERS.test(s),
  );
  for (const { code } of LOCALES) {
    for (const slug of slugs) {
      const file = join(pagesDir, code, `${slug}.mdx`);
      if (!existsSync(file)) continue;
      const target = join(dir, 'src', 'content', 'docs', code, `${slug}.mdx`);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, toStarlight(readFileSync(file, 'utf8'), code));
    }
  }
  return { dir, slugs };
}

/** The astro of the project being built (ours, or the peer's own in bench/starlight). */
function astroBin(dir: string): string {
  const own = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return existsSync(own) ? own : join(PEER, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

function build(dir: string): Promise<{ seconds: number; pages: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [astroBin(dir), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build in ${dir} failed:\n${out.slice(-3000)}`));
      resolve({
        seconds: (performance.now() - started) / 1000,
        pages: Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? NaN),
      });
    });
  });
}

const kb = (n: number) => round(n / 1024, 1);

export async function run(): Promise<void> {
  ensurePeerInstalled();
  const peer = peerProject();
  try {
    const ours = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await build(process.cwd()));
      theirs.push(await build(peer.dir));
    }
    const paths = LOCALES.flatMap((l) => peer.slugs.map((s) => `/${l.code}/${s}/`)).filter((p) =>
      existsSync(join(peer.dir, 'dist', p, 'index.html')),
    );
    const weigh = (dist: string, path: string, allow: boolean): PageWeight =>
      weighPage(dist, path, { allowInlineScripts: allow });
    const mine = paths.map((p) => weigh('dist', p, false));
    const peerPages = paths.map((p) => weigh(join(peer.dir, 'dist'), p, true));
    const med = (list: PageWeight[], pick: (w: PageWeight) => number) => median(list.map(pick));
    const metric = (name: string, pick: (w: PageWeight) => number) => {
      const a = med(mine, pick);
      const b = med(peerPages, pick);
      return {
        metric: name,
        ours: kb(a),
        starlight: kb(b),
        'ours / Starlight': b > 0 ? round(a / b, 2) : a === 0 ? 0 : '∞',
      };
    };
    const total = (w: PageWeight, k: 'raw' | 'brotli') => w.html[k] + w.css[k] + w.js[k];
    const rows = [
      {
        metric: 'build, s (median of 3)',
        ours: round(median(ours.map((b) => b.seconds)), 1),
        starlight: round(median(theirs.map((b) => b.seconds)), 1),
        'ours / Starlight': round(
          median(ours.map((b) => b.seconds)) / median(theirs.map((b) => b.seconds)),
          2,
        ),
      },
      { metric: 'pages built', ours: ours[0]!.pages, starlight: theirs[0]!.pages, 'ours / Starlight': '' },
      {
        metric: 'build, ms per page built',
        ours: round((median(ours.map((b) => b.seconds)) * 1000) / ours[0]!.pages, 1),
        starlight: round((median(theirs.map((b) => b.seconds)) * 1000) / theirs[0]!.pages, 1),
        'ours / Starlight': round(
          median(ours.map((b) => b.seconds)) /
            ours[0]!.pages /
            (median(theirs.map((b) => b.seconds)) / theirs[0]!.pages),
          2,
        ),
      },
      metric('HTML KB raw (median page)', (w) => w.html.raw),
      metric('HTML KB brotli', (w) => w.html.brotli),
      metric('CSS KB raw', (w) => w.css.raw),
      metric('CSS KB brotli', (w) => w.css.brotli),
      metric('JS KB raw', (w) => w.js.raw),
      metric('JS KB brotli', (w) => w.js.brotli),
      metric('page total KB raw', (w) => total(w, 'raw')),
      metric('page total KB brotli', (w) => total(w, 'brotli')),
    ];
    report(
      'starlight-peer',
      `Ours vs Starlight on the same ${paths.length} explainer pages (${peer.slugs.length} explainers × ${LOCALES.length} languages)`,
      rows,
    );
  } finally {
    rmSync(peer.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
