import { z } from 'astro/zod';

/** content/settings/site.yaml: settings the team keeps up to date; shown on the site. */
export const settingsSchema = z.object({
  expertPool: z.object({
    /**
     * What participants get for taking part, per language code: a list of short lines.
     * Empty until decided; the page then promises nothing.
     */
    offer: z
      .record(
        z.string(),
        z.array(z.string().min(3, { error: 'an offer line is too short — write a plain sentence' }), {
          error: 'each offer line must be text — a list of "- …" lines',
        }),
      )
      .default({}),
  }),
});
