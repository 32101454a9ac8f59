/**
 * What every page's <head> starts with, static or rendered by a function: charset, viewport,
 * title, description, robots, theme colour, icon. Head.astro adds canonical and alternate links.
 */
interface Props {
  title: string;
  description: string;
  noindex?: boolean;
}

/** "Page | Site", or the site's name alone on a page with that title. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} | ${siteName}`;
}

export function HeadMeta({ title, description, noindex = false }: Props) {
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      {noindex && <meta name="robots" content="noindex" />}
      <meta name="theme-color" content="#0b4f6c" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    </>
  );
}
