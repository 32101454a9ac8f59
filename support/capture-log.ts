/** A logger that keeps every line, so tests can check what would be logged (and what never is). */
import type { Logger, LogFields } from '../src/server/log.ts';

export function captureLogger(): Logger & {
  lines: Array<{ level: string; event: string } & LogFields>;
  text(): string;
} {
  const lines: Array<{ level: string; event: string } & LogFields> = [];
  return {
    lines,
    info: (event, fields = {}) => lines.push({ level: 'info', event, ...fields }),
    error: (event, fields = {}) => lines.push({ level: 'error', event, ...fields }),
    text: () => lines.map((l) => JSON.stringify(l)).join('\n'),
  };
}
