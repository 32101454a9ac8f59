/**
 * npm run check:content — every content file against every rule the build applies (schemas,
 * components, glossary ids, links and anchors in every language, dates, plain language,
 * translations, facts). Quiet when all is well: one summary line. Otherwise one line per problem,
 *   content/pages/nl/<slug>.mdx:12:5  what is wrong — what to do
 * and exit code 1. The build stops on the same problems with the same lines.
 *   npm run check:content -- --today 2027-01-31   judge "in the future" from another day
 */
import { pathToFileURL } from 'node:url';
import { checkContent } from '../src/content-check/check-content.ts';
import { contentReport } from '../src/content-check/report.ts';

const todayIndex = process.argv.indexOf('--today');
const today = todayIndex > 0 ? process.argv[todayIndex + 1] : undefined;
const started = performance.now();
const result = checkContent(pathToFileURL(`${process.cwd()}/`), { ...(today && { today }) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.problems.length === 0) {
  console.log(`check:content: ${result.files} content files, no problems (${seconds} s).`);
} else {
  console.error(contentReport(result));
  process.exit(1);
}
