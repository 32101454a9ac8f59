/**
 * How much a match in each of a page's metadata adds to its score: Pagefind's ranking option
 * `metaWeights`, set by the search page. The metadata — a page's keywords, its Dutch title and
 * description, the glossary words it is about — is written for the index only by
 * src/integrations/search-records.ts. A match in the text of words every page uses ("moet ik
 * inburgeren") counts for little; a match in metadata lifts the page that asked for it.
 */
export const META_WEIGHTS = { title: 5, dutch: 5, terms: 5, keywords: 10 };
