// Answers after the time the query asks for: a request in flight during reloads and drains.
module.exports = (req, res) => {
  const ms = Number(new URL(req.url, 'http://x').searchParams.get('ms') ?? 0);
  setTimeout(() => res.end(`slow ${ms}\n`), ms);
};
