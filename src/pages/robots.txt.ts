// robots.txt: everything may be crawled except the embeds (copies of the compare charts); points to
// the sitemap at the configured site URL.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /embed/', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
