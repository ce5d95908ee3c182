import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/**
 * Serves a built site folder under a base path on a free port, like a static host: folders
 * answer with their index.html, unknown paths with 404.html. Returns its origin and a stop function.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
    const file = inside === undefined ? undefined : path.join(root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
    try {
      if (!file || !file.startsWith(root)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
