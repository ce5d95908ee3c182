// A static file server that compresses like a CDN (brotli or gzip), for measuring page weight
// and Lighthouse scores the way visitors would get the site from a static host.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Serves `root` under the URL path `base` on `port`; resolves to { url, close }. */
export async function startServer({ root, base = '/', port = 0 }) {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return send(response, request, 404, path.join(root, '404.html'));
    pathname = pathname.slice(base.length);
    const candidates = pathname === '' || pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
    for (const candidate of candidates) {
      const file = path.join(root, candidate);
      if (!file.startsWith(root)) break;
      if (await send(response, request, 200, file)) return;
    }
    await send(response, request, 404, path.join(root, '404.html'));
  });

  async function send(response, request, status, file) {
    let body;
    try {
      body = await readFile(file);
    } catch {
      if (status === 404) response.writeHead(404).end('Not found');
      return false;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.test(type) && /\b(br|gzip)\b/.test(accepts)) {
      const encoding = accepts.includes('br') ? 'br' : 'gzip';
      const key = `${encoding}:${file}`;
      if (!cache.has(key)) {
        cache.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
      }
      body = cache.get(key);
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    }
    response.writeHead(status, headers).end(body);
    return true;
  }

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
