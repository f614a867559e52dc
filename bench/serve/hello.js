// The tenant bench/serve.py serves: a Node handler answering `hello world`.
module.exports = (req, res) => res.end('hello world\n');
