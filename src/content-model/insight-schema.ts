import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { translationField } from './text-fields.ts';

/**
 * One insight of the expert pool: content/insights/<lang>/<slug>.yaml (same file name in every
 * language). Shown on /<lang>/expertpool/inzichten/, newest first.
 */
export const insightSchema = z.object({
  /** The theme, in a few words (e.g. "Bereikbaarheid"). */
  theme: z
    .string({ error: '"theme" is missing — write the theme in a few words' })
    .min(2, { error: '"theme" is too short — write the theme in a few words' })
    .max(60, { error: '"theme" is too long — use at most 60 characters' }),
  /** What the pool saw or experienced, in one or two plain sentences. */
  insight: z
    .string({ error: '"insight" is missing — write what the pool saw' })
    .min(10, { error: '"insight" is too short — write what the pool saw in a plain sentence' }),
  /** The opportunity for the chain partners: the "golden tip". */
  opportunity: z
    .string({ error: '"opportunity" is missing — write the golden tip for the partners' })
    .min(10, { error: '"opportunity" is too short — write the golden tip in a plain sentence' }),
  /** When the pool gave this insight (YYYY-MM-DD). */
  date: calendarDate('date'),
  /** How this text came to be (as for pages). */
  translation: translationField,
});
