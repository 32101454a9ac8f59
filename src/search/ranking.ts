/**
 * How much a match in each of a page's metadata adds to its score: Pagefind's ranking option
 * `metaWeights`, set by the search page (the metadata is written by
 * src/integrations/search-records.ts). Words a page is meant to be found by — its keywords, the
 * Dutch title — are metadata, not only text: a match in the text of words every page uses
 * ("moet ik inburgeren") counts for little; a match in metadata lifts the page that asked for it.
 */
export const META_WEIGHTS = { title: 5, dutch: 5, keywords: 10 };
