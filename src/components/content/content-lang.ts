/**
 * The language a piece of content is written in. On a fallback page the URL's language differs
 * from the content's; the page route stores the content's language in `Astro.locals` before it
 * renders the MDX, so components inside the content (KeyPoints, Callout, Term) label and link
 * in the language of the text around them.
 */
export function contentLang(locals: App.Locals, params: Record<string, string | undefined>): string {
  return locals.contentLang ?? params.lang ?? 'nl';
}
