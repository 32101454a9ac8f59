import type { APIRoute } from 'astro';
import css from '../styles/server-page.css?inline';

/**
 * /server-page.css: one stylesheet with a fixed name for pages the functions render (they cannot
 * know the hashed names of the build's CSS files). Built from the same CSS sources as the site.
 */
export const GET: APIRoute = () =>
  new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
