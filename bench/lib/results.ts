/** Writes a benchmark's results as JSON under bench/results/ (git-ignored) and prints its table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function report(
  name: string,
  title: string,
  rows: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): void {
  console.log(`\n${title}`);
  console.table(rows);
  mkdirSync(join('bench', 'results'), { recursive: true });
  const file = join('bench', 'results', `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { name, title, at: new Date().toISOString(), node: process.version, rows, ...extra },
      null,
      2,
    ),
  );
  console.log(`→ ${file}`);
}
