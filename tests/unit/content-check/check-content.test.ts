/**
 * The site's own content passes the content check, quickly: it runs before every build (about a
 * second on an idle machine; the bound leaves room for a busy one).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { formatProblem } from '../../../src/content-model/problem.ts';

describe('the content check on the site’s content', () => {
  it('finds no problem, in seconds', () => {
    const started = performance.now();
    const result = checkContent(new URL('../../../', import.meta.url));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.files).toBeGreaterThan(300);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
