// Serves target/playground on 127.0.0.1 with the headers the page needs: cross-origin
// isolation (COOP and COEP), without which a worker has no SharedArrayBuffer and so no
// Atomics.wait to sleep in. Files are sent gzip-compressed when the browser accepts it.
//
//   node serve.mjs [port]      (default 8080; 0 picks a free port; the URL is printed)

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../target/playground/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
};
const compressed = new Map();

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  let body;
  try {
    body = readFileSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-cache',
  };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!compressed.has(key)) compressed.set(key, gzipSync(body));
    body = compressed.get(key);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(process.argv[2] ?? 8080), '127.0.0.1', () => {
  console.log(`playground at http://127.0.0.1:${server.address().port}/`);
});
