/** The content check's problems as editors read them, in the terminal and in the build's log. */
import { formatProblem } from '../content-model/problem.ts';
import type { CheckResult } from './check-content.ts';

export function contentReport(result: CheckResult): string {
  const count = result.problems.length;
  return [
    ...result.problems.map(formatProblem),
    '',
    `${count} problem${count === 1 ? '' : 's'} in the content: each line says the file, line:column, what is wrong — what to do.`,
  ].join('\n');
}
