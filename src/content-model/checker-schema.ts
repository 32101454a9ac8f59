import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { sourceHashField, sourcesList, translationField } from './text-fields.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/, { error: 'ids may contain only lowercase letters, digits and dashes' });

/** content/checker/tree.yaml: the checker's decision tree (language-independent). */
export const checkerTreeSchema = z.object({
  /** The id of the first node. */
  start: slug,
  /** The nodes: each asks one question and sends each answer on. */
  nodes: z.record(
    slug,
    z.object({
      /** Which question text to show (a key under `questions` in content/checker/<lang>.yaml). */
      question: slug,
      /** Answer id (the URL segment) → the next node, or a result. */
      answers: z.record(
        slug,
        z.union([z.object({ next: slug }).strict(), z.object({ result: slug }).strict()], {
          error: 'each answer needs either "next: <node id>" or "result: <result id>"',
        }),
      ),
    }),
  ),
});

/** content/checker/<lang>.yaml: the checker's questions and answers in one language. */
export const checkerTextSchema = z.object({
  questions: z.record(
    slug,
    z.object({
      /** The question, as the page's heading. */
      title: z.string().min(3),
      /** Help with the question: where the reader can find the answer. */
      hint: z.string().optional(),
      /** Answer id → the answer as the reader sees it. */
      answers: z.record(slug, z.string().min(1)),
    }),
  ),
});

/** Front matter of content/checker/results/<lang>/<result>.mdx. */
export const checkerResultSchema = z
  .object({
    /** The outcome in one short sentence, as the page's heading. */
    title: z
      .string({ error: '"title" is missing — write the outcome in one short sentence' })
      .min(3, { error: '"title" is too short — write the outcome in one short sentence' })
      .max(120, { error: '"title" is too long — use at most 120 characters' }),
    /** What kind of outcome this is (it sets the tone of the page). */
    kind: z.enum(['not-obliged', 'old-law', 'new-law', 'unclear'], {
      error:
        '"kind" must be one of: not-obliged, old-law, new-law, unclear — what the outcome means for the reader',
    }),
    /** The official pages this result rests on. */
    sources: sourcesList.min(1, {
      error: 'a result needs at least one source — add the official page it rests on',
    }),
    /** When an editor last checked this result against its sources (YYYY-MM-DD). */
    lastChecked: calendarDate('lastChecked'),
    /** How this text came to be: source, machine or reviewed (as for pages). */
    translation: translationField,
    /** Content hash of the Dutch result this translation was made from. */
    sourceHash: sourceHashField,
  })
  .strict();

export type CheckerTree = z.infer<typeof checkerTreeSchema>;
export type CheckerText = z.infer<typeof checkerTextSchema>;
