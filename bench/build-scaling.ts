/**
 * Build scaling: synthetic content at P pages × 6 languages for P = 50, 200, 800 (and P = 0 for the
 * fixed part: the real site's other pages), three builds each, median quoted. Reports build time
 * per page-locale (the marginal cost above P = 0) and peak memory (GNU time's maximum resident set).
 * The cost per page must not grow with P: the ratio at 800 to that at 50 is printed.
 */
import { spawn } from 'node:child_process';
import { copyProject } from '../support/project-copy.ts';
import { writeSyntheticPages } from './lib/synthetic-content.ts';
import { report } from './lib/results.ts';
import { median, round } from './lib/stats.ts';

const SIZES = (process.env.BENCH_SIZES ?? '0,50,200,800').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOCALES = 6;

function timedBuild(dir: string): Promise<{ seconds: number; maxRssMb: number; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      ['-v', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
      { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build failed:\n${out.slice(-2000)}`));
      const elapsed = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(out);
      const seconds = elapsed
        ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3])
        : NaN;
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1] ?? NaN);
      const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? NaN);
      resolve({ seconds, maxRssMb: rss / 1024, pages });
    });
  });
}

export async function run(): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  let base: number | undefined;
  const perPage = new Map<number, number>();
  for (const p of SIZES) {
    const copy = copyProject();
    try {
      writeSyntheticPages(copy.dir, p);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timedBuild(copy.dir));
      const seconds = median(runs.map((r) => r.seconds));
      const memory = median(runs.map((r) => r.maxRssMb));
      if (p === 0) base = seconds;
      const marginal = p > 0 && base !== undefined ? ((seconds - base) * 1000) / (p * LOCALES) : NaN;
      if (p > 0) perPage.set(p, marginal);
      rows.push({
        'P (pages per language)': p,
        'synthetic page-locales': p * LOCALES,
        'pages built': runs[0]!.pages,
        'build s (median of 3)': round(seconds, 1),
        'all runs s': runs.map((r) => round(r.seconds, 1)).join(' / '),
        'ms per built page': round((seconds * 1000) / runs[0]!.pages, 1),
        'ms per synthetic page-locale (above P=0)': Number.isNaN(marginal) ? '–' : round(marginal, 2),
        'peak memory MB': round(memory, 0),
      });
    } finally {
      copy.remove();
    }
  }
  const first = perPage.get(Math.min(...perPage.keys()));
  const last = perPage.get(Math.max(...perPage.keys()));
  const ratio = first && last ? round(last / first, 2) : NaN;
  report(
    'build-scaling',
    `Build scaling (${RUNS} builds each, median). Cost per page at P=${Math.max(...perPage.keys())} / at P=${Math.min(...perPage.keys())}: ${ratio}`,
    rows,
    { ratio },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
