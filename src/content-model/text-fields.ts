/**
 * Fields shared by the front matter of pages and checker results (and a fact's source): the
 * official sources, how a text came to be, and the hash of the Dutch text a translation was made from.
 */
import { z } from 'astro/zod';

/** An official page (https only), as `- title: …` and `url: …` under `sources`, or a fact's `source`. */
const sourceShape = {
  /** The name of the page as the reader will see it, e.g. "Rijksoverheid: Inburgering". */
  title: z
    .string({ error: 'each source needs a "title" — write the name of the page, as text' })
    .min(3, { error: 'the source\'s "title" is too short — write the name of the page' }),
  /** The full address of the official page, starting with https://. */
  url: z.url({
    protocol: /^https$/,
    error:
      'the "url" must be a full address that starts with https:// — copy it from the browser\'s address bar',
  }),
};

/** One official source; `missing` is what editors read when it is not there at all. */
export function officialSource(missing?: string) {
  return z.object(sourceShape, missing === undefined ? undefined : { error: missing });
}

/** The official pages a text rests on. */
export const sourcesList = z.array(officialSource(), {
  error: '"sources" must be a list — each item a "- title:" line and a "url:" line',
});

/**
 * How a text came to be: `source` (written in Dutch), `machine` (translated by a machine, not
 * checked by a native speaker) or `reviewed` (translated and checked against the Dutch).
 */
export const translationField = z
  .enum(['source', 'machine', 'reviewed'], {
    error:
      '"translation" must be one of: source, machine, reviewed — source for Dutch, machine or reviewed for a translation',
  })
  .default('source');

/**
 * Content hash of the Dutch text a translation was made from (12 hex characters). Set by
 * `npm run i18n:mark`; `npm run i18n:status` compares it with the current Dutch text.
 */
export const sourceHashField = z
  .string()
  .regex(/^[0-9a-f]{12}$/, {
    error: '"sourceHash" must be 12 characters 0-9 a-f — set it with npm run i18n:mark',
  })
  .optional();
