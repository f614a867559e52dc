// The `nodule:runtime/net` interface for a page. A browser has no sockets: a program
// gets none, its attempts failing with `access-denied` as an ungranted host does in the
// CLI, unless the page's user granted its own origin. Then a connection to that origin
// carries HTTP/1.1: each request the guest writes is sent with a synchronous
// XMLHttpRequest (the worker is blocked in the guest anyway) and the response is handed
// back as the bytes a server would have sent, so the guest's `http` and `fetch` work
// unchanged.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Headers XMLHttpRequest sets itself and refuses from a script. */
const BROWSER_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding', 'keep-alive']);

const indexOf = (bytes, pattern, from = 0) => {
  outer: for (let i = from; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
};

const CRLF = encoder.encode('\r\n');

/** The body of a chunked message starting at `start`, or null until it is all there. */
function dechunk(bytes, start) {
  const parts = [];
  let at = start;
  for (;;) {
    const lineEnd = indexOf(bytes, CRLF, at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(decoder.decode(bytes.subarray(at, lineEnd)), 16);
    if (size === 0) return indexOf(bytes, encoder.encode('\r\n\r\n'), lineEnd - 2) < 0 ? null : concat(parts);
    if (lineEnd + 2 + size + 2 > bytes.length) return null;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

function concat(parts) {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** A complete request in `bytes`: `{ method, target, headers, body }`, or null while partial. */
function parseRequest(bytes) {
  const headEnd = indexOf(bytes, encoder.encode('\r\n\r\n'));
  if (headEnd < 0) return null;
  const [requestLine, ...lines] = decoder.decode(bytes.subarray(0, headEnd)).split('\r\n');
  const [method, target] = requestLine.split(' ');
  const headers = lines.map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
  const header = (name) => headers.find(([key]) => key.toLowerCase() === name)?.[1];
  let body;
  if (/chunked/i.test(header('transfer-encoding') ?? '')) {
    body = dechunk(bytes, headEnd + 4);
    if (body === null) return null;
  } else {
    const length = Number(header('content-length') ?? 0);
    if (bytes.length < headEnd + 4 + length) return null;
    body = bytes.slice(headEnd + 4, headEnd + 4 + length);
  }
  return { method, target, headers, body };
}

/** Sends `request` to the page's origin and returns the response as HTTP/1.1 bytes. */
function exchange(origin, { method, target, headers, body }) {
  const xhr = new XMLHttpRequest();
  xhr.open(method, new URL(target, `${location.protocol}//${origin}`), false);
  xhr.responseType = 'arraybuffer';
  for (const [name, value] of headers) if (!BROWSER_HEADERS.has(name.toLowerCase())) xhr.setRequestHeader(name, value);
  xhr.send(body.length > 0 ? body : null);
  const responseBody = new Uint8Array(xhr.response ?? new ArrayBuffer(0));
  // The browser has already decoded and de-chunked the body.
  const kept = xhr
    .getAllResponseHeaders()
    .split('\r\n')
    .filter((line) => line && !/^(content-length|content-encoding|transfer-encoding|connection):/i.test(line));
  const head = [
    `HTTP/1.1 ${xhr.status} ${xhr.statusText || 'OK'}`,
    ...kept,
    `content-length: ${responseBody.length}`,
    'connection: close',
    '',
    '',
  ].join('\r\n');
  return concat([encoder.encode(head), responseBody]);
}

/**
 * The interface for one run: `origin` is the `host:port` the program may reach, or
 * null; `completions` is the run's queue.
 */
export function netInterface(origin, completions) {
  const sockets = new Map();
  let nextSocket = 1;
  const fail = (code) => completions.complete({ tag: 'failed', val: code });
  const allowed = (host, port) => origin !== null && `${host}:${port}` === origin;

  /** Hands what a socket has received to its waiting read, if any. */
  const deliver = (socket) => {
    const reading = socket.reading;
    if (reading === null || (socket.received.length === 0 && !socket.ended)) return;
    socket.reading = null;
    const bytes = socket.received.subarray(0, reading.maxLen);
    socket.received = socket.received.subarray(bytes.length);
    completions.finish(reading.op, { tag: 'net', val: { tag: 'bytes', val: bytes.slice() } });
  };

  return {
    listen: () => ({ tag: 'err', val: 'access-denied' }),
    listenShared: () => ({ tag: 'err', val: 'access-denied' }),
    listenTls: () => ({ tag: 'err', val: 'access-denied' }),
    // No Unix domain sockets or UDP in a page: refused, as without the CLI's grants.
    listenUnix: () => ({ tag: 'err', val: 'access-denied' }),
    connectUnix: () => fail('access-denied'),
    udpBind: () => ({ tag: 'err', val: 'access-denied' }),
    accept: () => fail('einval'),
    handshake: () => fail('einval'),
    connectTls: () => fail('access-denied'),
    connect(host, port) {
      if (!allowed(host, port)) return fail('access-denied');
      const id = nextSocket++;
      sockets.set(id, { sent: new Uint8Array(0), received: new Uint8Array(0), ended: false, reading: null });
      const end = (address, port) => ({ address, port, family: 4 });
      return completions.complete({
        tag: 'net',
        val: { tag: 'connection', val: { socket: id, local: end('127.0.0.1', 49152 + id), remote: end(host, port) } },
      });
    },
    read(id, maxLen) {
      const socket = sockets.get(id);
      if (!socket) return fail('ebadf');
      if (socket.reading) return fail('einval');
      const op = completions.start();
      socket.reading = { op, maxLen };
      deliver(socket);
      return op;
    },
    write(id, data) {
      const socket = sockets.get(id);
      if (!socket || socket.ended) return fail(socket ? 'epipe' : 'ebadf');
      socket.sent = concat([socket.sent, data]);
      const request = parseRequest(socket.sent);
      if (request !== null) {
        socket.sent = new Uint8Array(0);
        try {
          socket.received = concat([socket.received, exchange(origin, request)]);
        } catch {
          socket.received = new Uint8Array(0);
          socket.ended = true;
          deliver(socket);
          return fail('econnreset');
        }
        socket.ended = true;
        deliver(socket);
      }
      return completions.complete({ tag: 'net', val: { tag: 'done' } });
    },
    shutdown: (id) => (sockets.has(id) ? completions.complete({ tag: 'net', val: { tag: 'done' } }) : fail('ebadf')),
    close(id) {
      const socket = sockets.get(id);
      if (socket?.reading) completions.finish(socket.reading.op, { tag: 'failed', val: 'ecanceled' });
      sockets.delete(id);
    },
    setNoDelay: (id) => (sockets.has(id) ? { tag: 'ok' } : { tag: 'err', val: 'ebadf' }),
    setKeepAlive: (id) => (sockets.has(id) ? { tag: 'ok' } : { tag: 'err', val: 'ebadf' }),
    lookup(host) {
      if (origin === null || host !== origin.slice(0, origin.lastIndexOf(':'))) return fail('access-denied');
      const address = /^[\d.]+$/.test(host) ? host : '127.0.0.1';
      return completions.complete({ tag: 'net', val: { tag: 'addresses', val: [{ address, port: 0, family: 4 }] } });
    },
  };
}
