'use strict';
// A tenant's app under `nodule serve`. The host routes the tenant's requests to the
// first server the app listens on, whatever port it asks for; so an app that listens
// itself (`http.createServer(app).listen(port)`, Express's `app.listen`) runs as it
// is. An app that exports a request handler (`module.exports = (req, res) => {}`) or a
// WinterTC object (`export default { fetch(request, env, ctx) }`) gets a server made
// here. An app that does neither is served once it listens.

const http = require('http');
const { Readable } = require('stream');
const esm = require('internal/modules/esm/loader');
const Module = require('internal/modules/cjs/loader');
const { triggerUncaughtException } = require('internal/process/execution');

/** The app's export: module.exports, or an ES module's default export. */
function load(entry) {
  if (esm.isModuleEntry(entry)) return esm.runMain(entry).then((namespace) => namespace.default);
  return Promise.resolve(Module._load(entry, null, true));
}

/** Answers Node's request with what a WinterTC `fetch(request, env, ctx)` returns. */
function fetchHandler(app) {
  return (req, res) => {
    const url = `http://${req.headers.host ?? 'localhost'}${req.url}`;
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method,
      headers: Object.entries(req.headersDistinct).flatMap(([name, values]) => values.map((value) => [name, value])),
      body: hasBody ? Readable.toWeb(req) : undefined,
      duplex: hasBody ? 'half' : undefined,
    });
    const pending = [];
    const context = {
      waitUntil(promise) {
        pending.push(Promise.resolve(promise));
      },
      passThroughOnException() {},
    };
    Promise.resolve(app.fetch(request, process.env, context))
      .then(async (response) => {
        if (!(response instanceof Response)) throw new TypeError('fetch() must return a Response');
        const head = [...response.headers].flat();
        if (response.statusText) res.writeHead(response.status, response.statusText, head);
        else res.writeHead(response.status, head);
        if (response.body !== null) {
          for await (const chunk of response.body) res.write(chunk);
        }
        res.end();
        await Promise.all(pending);
      })
      .catch((err) => triggerUncaughtException(err, true));
  };
}

function start(entry) {
  load(entry)
    .then((app) => {
      if (typeof app === 'function') http.createServer(app).listen();
      else if (app !== null && typeof app === 'object' && typeof app.fetch === 'function') {
        http.createServer(fetchHandler(app)).listen();
      }
    })
    .catch((err) => triggerUncaughtException(err, true));
}

module.exports = { start };
