/**
 * Components editors use in MDX without an import line. Adding one here makes it available in
 * every page; document it in README.md ("Writing a page"). `a` renders every Markdown link,
 * `table` every Markdown table.
 * Forms are added by their own routes (see src/pages/[lang]/stel-je-vraag/), not here.
 */
import Callout from './Callout.astro';
import CheckerStart from '../checker/CheckerStart.astro';
import Glossary from './Glossary.astro';
import Insights from './Insights.astro';
import KeyPoints from './KeyPoints.astro';
import LocalLink from './LocalLink.astro';
import RetentionPeriods from './RetentionPeriods.astro';
import Steps from './Steps.astro';
import Table from './Table.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, CheckerStart, Glossary, Insights, KeyPoints, RetentionPeriods, Steps, Term, a: LocalLink, table: Table };
