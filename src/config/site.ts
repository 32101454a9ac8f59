/**
 * The site's public address, for links that leave the site (a mail's link to a reply page):
 * SITE_URL, else Netlify's URL (set in builds and functions), else the production address.
 * astro.config.mjs reads the same for canonical links and the sitemap.
 */
export const DEFAULT_SITE_URL = 'https://wegwijzer-inburgering.netlify.app';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || env.URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
}
