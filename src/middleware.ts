/**
 * Before a page renders: its interface strings (`locals.t`, in the URL's language; `locals.translate`
 * for any other) and the language its content is written in (`locals.contentLang`). The content
 * language comes from the route's props — `contentLang`, or the `page` a content route passes — so
 * components inside MDX (Callout, Term, Table…) label and link in the language of the text around
 * them, even on a fallback page. Reading it on a page whose route names none is a mistake: it throws.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLocale, SOURCE_LOCALE } from './i18n/locales.ts';
import { pageTranslator } from './i18n/ui.ts';

function contentLangOf(props: Record<string, unknown>): string | undefined {
  if (typeof props.contentLang === 'string') return props.contentLang;
  const page = props.page as { contentLang?: unknown } | undefined;
  return typeof page?.contentLang === 'string' ? page.contentLang : undefined;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const translate = await pageTranslator();
  const lang = isLocale(context.params.lang) ? context.params.lang : SOURCE_LOCALE;
  const contentLang = contentLangOf(context.props);
  Object.assign(context.locals, { t: translate(lang), translate });
  Object.defineProperty(context.locals, 'contentLang', {
    get() {
      if (contentLang === undefined)
        throw new Error(
          `${context.url.pathname}: its route names no content language (props.contentLang or props.page).`,
        );
      return contentLang;
    },
    configurable: true,
  });
  return next();
});
