import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { translationField } from './text-fields.ts';

/**
 * One insight of the expert pool: content/insights/<lang>/<slug>.yaml (same file name in every
 * language). Shown on /<lang>/expertpool/inzichten/, newest first — unless it is a draft.
 * `npm run team -- insights draft SESSION` writes drafts from a session's tips; an editor writes the
 * insight and the opportunity and deletes `status: draft`.
 */
export const insightSchema = z
  .object({
    /** `draft` until an editor finished it: never shown on the site. Published when left out. */
    status: z
      .enum(['published', 'draft'], {
        error: '"status" is "draft", or left out once the insight is finished',
      })
      .default('published'),
    /** The theme, in a few words (e.g. "Bereikbaarheid"). */
    theme: z
      .string({ error: '"theme" is missing — write the theme in a few words' })
      .min(2, { error: '"theme" is too short — write the theme in a few words' })
      .max(60, { error: '"theme" is too long — use at most 60 characters' }),
    /** What the pool saw or experienced, in one or two plain sentences. Empty in a draft. */
    insight: z.string({ error: '"insight" must be text — write what the pool saw' }).default(''),
    /** The opportunity for the chain partners: the "golden tip". Empty in a draft. */
    opportunity: z
      .string({ error: '"opportunity" must be text — write the golden tip for the partners' })
      .default(''),
    /** When the pool gave this insight (YYYY-MM-DD). */
    date: calendarDate('date'),
    /** How this text came to be (as for pages). */
    translation: translationField,
    /** The session the tips came from (S-7K3Q-9P), in drafts. */
    session: z.string().optional(),
    /** The tips a draft was made from, as given (any language): the editor's material, never shown. */
    tips: z.array(z.object({ text: z.string(), language: z.string() })).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'draft') return;
    const what = { insight: 'what the pool saw', opportunity: 'the golden tip for the partners' } as const;
    for (const field of ['insight', 'opportunity'] as const) {
      const length = entry[field].trim().length;
      if (length === 0)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `"${field}" is missing — write ${what[field]}`,
        });
      else if (length < 10)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `"${field}" is too short — write ${what[field]} in a plain sentence`,
        });
    }
  });

export type Insight = z.infer<typeof insightSchema>;

/** The insights a page shows: every one that is not a draft. */
export function publishedInsights<E extends { data: Pick<Insight, 'status'> }>(entries: E[]): E[] {
  return entries.filter((e) => e.data.status !== 'draft');
}
