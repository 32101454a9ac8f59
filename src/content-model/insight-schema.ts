import { z } from 'astro/zod';

/**
 * One insight of the expert pool: content/insights/<lang>/<slug>.yaml (same file name in every
 * language). Shown on /<lang>/expertpool/inzichten/, newest first — unless it is a draft.
 * `npm run team -- insights draft SESSION` writes drafts from a session's tips; an editor writes the
 * insight and the opportunity and deletes `status: draft`.
 */
export const insightSchema = z
  .object({
    /** `draft` until an editor finished it: never shown on the site. Published when left out. */
    status: z.enum(['published', 'draft']).default('published'),
    /** The theme, in a few words (e.g. "Bereikbaarheid"). */
    theme: z.string({ error: '"theme" is missing: a few words' }).min(2).max(60),
    /** What the pool saw or experienced, in one or two plain sentences. Empty in a draft. */
    insight: z.string({ error: '"insight" is missing: what the pool saw' }).default(''),
    /** The opportunity for the chain partners: the "golden tip". Empty in a draft. */
    opportunity: z.string({ error: '"opportunity" is missing: the golden tip for the partners' }).default(''),
    /** When the pool gave this insight (YYYY-MM-DD). */
    date: z.coerce.date({ error: '"date" must be a date written as YYYY-MM-DD' }),
    /** How this text came to be (as for pages). */
    translation: z.enum(['source', 'machine', 'reviewed']).default('source'),
    /** The session the tips came from (S-7K3Q-9P), in drafts. */
    session: z.string().optional(),
    /** The tips a draft was made from, as given (any language): the editor's material, never shown. */
    tips: z.array(z.object({ text: z.string(), language: z.string() })).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'draft') return;
    const needed = {
      insight: '"insight" is missing: what the pool saw (at least 10 characters)',
      opportunity: '"opportunity" is missing: the golden tip for the partners (at least 10 characters)',
    } as const;
    for (const [field, message] of Object.entries(needed))
      if (entry[field as keyof typeof needed].trim().length < 10)
        ctx.addIssue({ code: 'custom', path: [field], message });
  });

export type Insight = z.infer<typeof insightSchema>;

/** The insights a page shows: every one that is not a draft. */
export function publishedInsights<E extends { data: Pick<Insight, 'status'> }>(entries: E[]): E[] {
  return entries.filter((e) => e.data.status !== 'draft');
}
