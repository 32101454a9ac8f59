/**
 * The site's public address, for links in mails (a confirmation, an invitation): SITE_URL when
 * set, else Netlify's URL (set for builds and functions), else the local server. Never taken from
 * a request's Host header, which the sender controls.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.SITE_URL || env.URL || 'http://localhost:8888';
  return url.replace(/\/+$/, '');
}
