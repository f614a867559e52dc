// A Node request handler. `globalThis.earlier` tells whether this instance served before.
let served = 0;
module.exports = (req, res) => {
  served += 1;
  const earlier = globalThis.earlier ?? 'none';
  globalThis.earlier = req.url;
  res.setHeader('content-type', 'text/plain');
  res.end(`handler url=${req.url} served=${served} earlier=${earlier} host=${req.headers.host} xff=${req.headers['x-forwarded-for']}\n`);
};
