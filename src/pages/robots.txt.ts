import type { APIRoute } from 'astro';
import { absoluteUrl, withBase, route } from '../lib/urls.ts';

/** Lets every crawler in and points it at the sitemap, wherever the site's base path is. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${withBase(route.home())}\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
