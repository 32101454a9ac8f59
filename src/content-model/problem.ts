/**
 * One mistake in a content file, as `npm run check:content` and the build print it:
 * `content/pages/nl/<slug>.mdx:12:5  what is wrong — what to do`. Lines and columns count from 1.
 */
export interface Problem {
  /** Path from the project root, e.g. "content/pages/nl/pip.mdx". */
  file: string;
  line: number;
  column: number;
  /** What is wrong — what to do (with a suggestion where there is one). */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`;
}

/** In file order, then by position; each problem once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
