import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { SECTIONS } from './sections.ts';
import { sourceHashField, sourcesList, translationField } from './text-fields.ts';

/**
 * Front matter of a page in `content/pages/<lang>/<slug>.mdx`.
 * The slug (file name) is the same in every language: it is the Dutch file name.
 */
export const pageSchema = z
  .object({
    /** The topic in everyday words; shown as the page's heading and in the browser tab. */
    title: z
      .string({ error: '"title" is missing — write the topic in everyday words' })
      .min(3, { error: '"title" is too short — write the topic in everyday words' })
      .max(80, { error: '"title" is too long — use at most 80 characters' }),
    /** One plain sentence that says what the reader finds on the page (lists, search results). */
    description: z
      .string({ error: '"description" is missing — write one plain sentence about the page' })
      .min(10, { error: '"description" is too short — write one plain sentence about the page' })
      .max(220, { error: '"description" is too long — write one sentence of at most 220 characters' }),
    /** The navigation section the page belongs to (see src/content-model/sections.ts). */
    section: z.enum(SECTIONS, {
      error: `"section" must be one of: ${SECTIONS.join(', ')} — pick the part of the navigation the page belongs to`,
    }),
    /** Position within its section: lower numbers come first. */
    order: z
      .number({ error: '"order" must be a whole number — e.g. order: 10' })
      .int({ error: '"order" must be a whole number — e.g. order: 10' })
      .min(0, { error: '"order" must be 0 or more — e.g. order: 10' })
      .default(100),
    /** The official pages the facts on this page come from. Explainers need at least one. */
    sources: sourcesList.default([]),
    /** The day an editor last checked the page against its sources, as YYYY-MM-DD. */
    lastChecked: calendarDate('lastChecked'),
    /** How this text came to be: source, machine or reviewed (see text-fields.ts). */
    translation: translationField,
    /** Content hash of the Dutch page this translation was made from (see text-fields.ts). */
    sourceHash: sourceHashField,
    /** Show the "On this page" list. Left out: shown when the page has 3 or more sections. */
    toc: z.boolean({ error: '"toc" must be true or false — e.g. toc: true' }).optional(),
    /**
     * Words readers search with that the text does not use ("moet ik inburgeren"): the site's search
     * finds the page by them; they are not shown. A Dutch page's keywords find its translations too.
     */
    keywords: z
      .array(z.string().min(2), { error: '"keywords" must be a list of words or phrases' })
      .default([]),
    /** Keep the page out of the navigation, the sitemap and search engines (editors' pages). */
    unlisted: z.boolean({ error: '"unlisted" must be true or false — e.g. unlisted: true' }).default(false),
  })
  .strict()
  .refine((page) => page.translation === 'source' || page.sourceHash !== undefined, {
    error: 'a translation needs "sourceHash" — run npm run i18n:mark -- <language> <page> after checking it',
    path: ['sourceHash'],
  });

export type PageData = z.infer<typeof pageSchema>;
