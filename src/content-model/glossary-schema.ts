import { z } from 'astro/zod';

/** One term in `content/glossary/<lang>.yaml`. */
const term = z.object({
  /** Stable id, the same in every language; it is the anchor on the glossary page (#id). */
  id: z
    .string({
      error: 'each term needs an "id" — lowercase letters, digits and dashes, the same in every language',
    })
    .regex(/^[a-z0-9-]+$/, {
      error: '"id" may contain only lowercase letters, digits and dashes — e.g. brede-intake',
    }),
  /** The term as written in this language. */
  term: z
    .string({ error: 'each term needs "term" — the word in this language' })
    .min(1, { error: '"term" is empty — write the word in this language' }),
  /** The Dutch official term, kept beside translations because letters and counters use it. */
  dutch: z
    .string({ error: 'each term needs "dutch" — the official Dutch word' })
    .min(1, { error: '"dutch" is empty — write the official Dutch word' }),
  /** A plain (B1) explanation in one to three short sentences. */
  definition: z
    .string({ error: 'each term needs "definition" — a plain explanation' })
    .min(10, { error: '"definition" is too short — explain the term in one to three plain sentences' }),
  /** Other forms of the term as they occur in texts (plurals, short forms), for the content check. */
  aliases: z.array(z.string()).default([]),
});

/** A glossary file: all terms of one language. */
export const glossarySchema = z.object({
  /** The terms, in any order; the glossary page sorts them. */
  terms: z
    .array(term, { error: '"terms" must be a list of terms — each starting with "- id:"' })
    .min(1, { error: '"terms" is empty — add at least one term' }),
});

export type GlossaryTerm = z.infer<typeof term>;
