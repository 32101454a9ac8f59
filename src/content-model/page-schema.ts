import { z } from 'astro/zod';
import { SECTIONS } from './sections.ts';

/** Official sources must be https pages; editors see this message when one is not. */
const source = z.object({
  /** The name of the page as the reader will see it, e.g. "Rijksoverheid: Inburgering". */
  title: z.string({ error: 'each source needs a "title": the name of the page, as text' }).min(3),
  /** The full address of the official page, starting with https://. */
  url: z.url({
    protocol: /^https$/,
    error: 'each source needs a "url": a full address that starts with https://',
  }),
});

/**
 * Front matter of a page in `content/pages/<lang>/<slug>.mdx`.
 * The slug (file name) is the same in every language: it is the Dutch file name.
 */
export const pageSchema = z
  .object({
    /** The topic in everyday words; shown as the page's heading and in the browser tab. */
    title: z
      .string({ error: '"title" is missing: write the topic in everyday words' })
      .min(3)
      .max(80, { error: '"title" is too long: use at most 80 characters' }),
    /** One plain sentence that says what the reader finds on the page (lists, search results). */
    description: z
      .string({ error: '"description" is missing: write one plain sentence about the page' })
      .min(10)
      .max(220, { error: '"description" is too long: one sentence of at most 220 characters' }),
    /** The navigation section the page belongs to (see src/content-model/sections.ts). */
    section: z.enum(SECTIONS, {
      error: `"section" must be one of: ${SECTIONS.join(', ')}`,
    }),
    /** Position within its section: lower numbers come first. */
    order: z.number({ error: '"order" must be a whole number, e.g. 10' }).int().min(0).default(100),
    /** The official pages the facts on this page come from. Explainers need at least one. */
    sources: z.array(source, { error: '"sources" must be a list of { title, url }' }).default([]),
    /** The day an editor last checked the page against its sources, as YYYY-MM-DD. */
    lastChecked: z.coerce.date({ error: '"lastChecked" must be a date written as YYYY-MM-DD' }),
    /**
     * How this text came to be: `source` (written in Dutch), `machine` (translated by a machine,
     * not checked by a native speaker) or `reviewed` (translated and checked against the Dutch).
     */
    translation: z
      .enum(['source', 'machine', 'reviewed'], {
        error: '"translation" must be one of: source, machine, reviewed',
      })
      .default('source'),
    /**
     * Content hash of the Dutch page this translation was made from (12 hex characters).
     * Set by `npm run i18n:mark`; `npm run i18n:status` compares it with the current source.
     */
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, {
        error: '"sourceHash" must be 12 characters 0-9 a-f; set it with npm run i18n:mark',
      })
      .optional(),
    /** Show the "On this page" list. Left out: shown when the page has 3 or more sections. */
    toc: z.boolean({ error: '"toc" must be true or false' }).optional(),
    /**
     * Words readers search with that the text does not use ("moet ik inburgeren"): the site's search
     * finds the page by them; they are not shown. A Dutch page's keywords find its translations too.
     */
    keywords: z
      .array(z.string().min(2), { error: '"keywords" must be a list of words or phrases' })
      .default([]),
    /** Keep the page out of the navigation, the sitemap and search engines (editors' pages). */
    unlisted: z.boolean({ error: '"unlisted" must be true or false' }).default(false),
  })
  .refine((page) => page.translation === 'source' || page.sourceHash !== undefined, {
    error: 'a translated page needs "sourceHash": run npm run i18n:mark after checking it',
    path: ['sourceHash'],
  });

export type PageData = z.infer<typeof pageSchema>;
