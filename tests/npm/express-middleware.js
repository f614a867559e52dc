// nodule-flags: --allow-net=127.0.0.1
// Express with the usual middleware: helmet, cors, morgan access logs, signed cookies,
// multer multipart uploads (busboy) sent by fetch's FormData; bcryptjs hashing.
const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');
const multer = require('multer');
const bcrypt = require('bcryptjs');

const app = express();
app.use(helmet());
app.use(cors({ origin: 'https://example.com' }));
app.use(cookieParser('signing-secret'));
app.use(morgan(':method :url :status :res[content-length]'));
const upload = multer({ storage: multer.memoryStorage() });
app.post('/upload', upload.single('file'), (req, res) => res.json({ name: req.file.originalname, size: req.file.size,
  text: req.file.buffer.toString(), note: req.body.note }));
app.get('/cookies', (req, res) => {
  res.cookie('session', 'abc', { signed: true, httpOnly: true });
  res.json({ cookies: req.cookies, signed: req.signedCookies });
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const got = await fetch(`${base}/cookies`, { headers: { Origin: 'https://example.com', Cookie: 'plain=1' } });
  console.log(got.status, got.headers.get('access-control-allow-origin'), got.headers.get('x-frame-options'),
    got.headers.get('x-content-type-options'), got.headers.get('set-cookie').replace(/=s%3Aabc\.[^;]+/, '=s%3Aabc.<sig>'),
    await got.json());
  const form = new FormData();
  form.append('note', 'hello');
  form.append('file', new Blob(['file body']), 'notes.txt');
  const uploaded = await fetch(`${base}/upload`, { method: 'POST', body: form });
  console.log(uploaded.status, await uploaded.json());
  const hash = bcrypt.hashSync('password', 4);
  console.log(hash.slice(0, 7), bcrypt.compareSync('password', hash), bcrypt.compareSync('other', hash));
  server.close();
});
