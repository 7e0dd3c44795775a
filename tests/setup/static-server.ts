// A tiny static file server for the built site on 127.0.0.1 and a free port, for the browser tests:
// "/reports/x/" serves reports/x/index.html; anything missing is a 404 (with 404.html when built). The headers of
// dist/_headers (the "/*" block, as static hosts read it) go with every response, so the browser tests see the CSP.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers of the "/*" block of a _headers file. */
export function headersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const extra = headersFor(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (request, response) => {
    // URL parsing resolves "..", so the path cannot leave `dir`.
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(dir, path, path.endsWith('/') ? 'index.html' : '');
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...extra, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      // As static hosts do: the site's own 404 page, when it has one.
      const notFound = await readFile(join(dir, '404.html')).catch(() => null);
      response.writeHead(404, notFound ? { 'Content-Type': TYPES['.html']! } : {}).end(notFound ?? 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
