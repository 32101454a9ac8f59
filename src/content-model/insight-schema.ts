import { z } from 'astro/zod';

/**
 * One insight of the expert pool: content/insights/<lang>/<slug>.yaml (same file name in every
 * language). Shown on /<lang>/expertpool/inzichten/, newest first.
 */
export const insightSchema = z.object({
  /** The theme, in a few words (e.g. "Bereikbaarheid"). */
  theme: z.string({ error: '"theme" is missing: a few words' }).min(2).max(60),
  /** What the pool saw or experienced, in one or two plain sentences. */
  insight: z.string({ error: '"insight" is missing: what the pool saw' }).min(10),
  /** The opportunity for the chain partners: the "golden tip". */
  opportunity: z.string({ error: '"opportunity" is missing: the golden tip for the partners' }).min(10),
  /** When the pool gave this insight (YYYY-MM-DD). */
  date: z.coerce.date({ error: '"date" must be a date written as YYYY-MM-DD' }),
  /** How this text came to be (as for pages). */
  translation: z.enum(['source', 'machine', 'reviewed']).default('source'),
});
