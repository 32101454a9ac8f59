/**
 * The components editors use in MDX without an import line, each with a usage example in its
 * Props JSDoc. Adding one here makes it available in every page and checker result; give its
 * props to the content check (src/content-check/components.ts) and an example in README.md
 * ("Components"): tests fail until both are there. `a` renders every Markdown link, `table` every Markdown table.
 * A form's component renders only where a page uses it, so its script loads only there.
 */
import Callout from './Callout.astro';
import CheckerStart from './CheckerStart.astro';
import DeadlineCalculator from './DeadlineCalculator.astro';
import Fact from './Fact.astro';
import Glossary from './Glossary.astro';
import Insights from './Insights.astro';
import KeyPoints from './KeyPoints.astro';
import LocalLink from './LocalLink.astro';
import PoolOffer from './PoolOffer.astro';
import QuestionForm from './QuestionForm.astro';
import RetentionPeriods from './RetentionPeriods.astro';
import SignupForm from './SignupForm.astro';
import Steps from './Steps.astro';
import Table from './Table.astro';
import Term from './Term.astro';

export const mdxComponents = {
  Callout,
  CheckerStart,
  DeadlineCalculator,
  Fact,
  Glossary,
  Insights,
  KeyPoints,
  PoolOffer,
  QuestionForm,
  RetentionPeriods,
  SignupForm,
  Steps,
  Term,
  a: LocalLink,
  table: Table,
};
