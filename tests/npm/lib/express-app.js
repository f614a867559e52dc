// An Express app that listens itself, served unmodified by `nodule serve` (tests/harness/serve.rs).
const express = require('express');
const app = express();
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, query: req.query }));
app.listen(process.env.PORT || 3000);
