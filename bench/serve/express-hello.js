// Express hello, the same file for `nodule serve` (it exports the app) and node
// (given a port, it listens and says `ready`), from tests/npm's node_modules.
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('hello world\n'));
module.exports = app;
if (require.main === module && process.argv[2]) app.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
