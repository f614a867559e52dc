// The playground in headless Chromium: every example against real node, editing and
// re-running, Stop, a clean sandbox per run, Node's uncaught-error report, the
// network grant. `make test-browser` runs it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';
import { guestReady, launchBrowser, loadFiles, readOutput, runProject, startServer } from './browser.mjs';

const examplesDir = new URL('../examples/', import.meta.url).pathname;

/** What real node prints for an example run as `node .` in a copy of it, with the copy's path written /project. */
function nodeRun(example) {
  const dir = mkdtempSync(join(tmpdir(), 'nodule-playground-example-'));
  try {
    cpSync(join(examplesDir, example), dir, { recursive: true });
    const result = spawnSync(process.execPath, ['.'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    const inProject = (text) => text.replaceAll(dir, '/project');
    return { stdout: inProject(result.stdout), stderr: inProject(result.stderr), status: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let server;
let browser;
let page;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(server.url);
  await guestReady(page);
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('examples', () => {
  // The uncaught error's stack differs from V8's in its columns and internal frames; it
  // has its own test below.
  const differential = readdirSync(examplesDir).filter((name) => !['error', 'fetch'].includes(name));
  for (const example of differential) {
    test(`${example} prints what node prints`, async () => {
      await page.selectOption('#examples', example);
      assert.deepEqual(await runProject(page), nodeRun(example));
    });
  }

  test('error: an uncaught error is reported in Node format with status 1', async () => {
    await page.selectOption('#examples', 'error');
    const { stdout, stderr, status } = await runProject(page);
    const node = nodeRun('error');
    assert.equal(status, 1);
    assert.equal(stdout, node.stdout);
    const lines = stderr.split('\n');
    const nodeLines = node.stderr.split('\n');
    // Where it was thrown, the source line, a caret under it, then the error.
    assert.deepEqual(lines.slice(0, 2), nodeLines.slice(0, 2));
    assert.match(lines[2], /^ +\^$/);
    assert.deepEqual(lines.slice(3, 5), ['', 'RangeError: order 7 has no items']);
    assert.match(lines[5], /^ {4}at validate \(\/project\/index\.js:8:\d+\)$/);
    assert.match(lines[6], /^ {4}at parse \(\/project\/index\.js:3:\d+\)$/);
    assert.match(lines[7], /^ {4}at Object\.<anonymous> \(\/project\/index\.js:14:1\)$/);
    assert.match(stderr, /\n\nNode\.js v20\.\d+\.\d+\n$/);
  });

  test('fetch: refused without the grant, the page origin reachable with it', async () => {
    await page.selectOption('#examples', 'fetch');
    const denied = await runProject(page);
    assert.equal(denied.stdout, 'granted: false (no origin)\n');
    assert.equal(denied.stderr, 'fetch failed: ERR_ACCESS_DENIED fetch failed\n');
    await page.check('#allow-net');
    try {
      const granted = await runProject(page);
      const origin = new URL(server.url).origin;
      // What the page's server says, printed as node prints it: the list is jco's output.
      const modules = await (await fetch(`${origin}/guest-modules.json`)).json();
      assert.ok(modules.length > 0 && modules.every((name) => /^nodule-guest\.core\d*\.wasm$/.test(name)), String(modules));
      assert.equal(granted.stderr, '');
      assert.equal(granted.stdout, `granted: true ${origin}\n200 application/json\ncore modules: ${inspect(modules)}\n`);
    } finally {
      await page.uncheck('#allow-net');
    }
  });
});

describe('the page', () => {
  test('an edit is run, and a reload of the URL brings it back', async () => {
    await page.selectOption('#examples', 'hello');
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("console.log('edited', 6 * 7);\n");
    assert.deepEqual(await runProject(page), { stdout: 'edited 42\n', stderr: '', status: 0 });
    // The hash is written a moment after the last keystroke.
    await page.waitForFunction(() => location.hash.length > 1);
    await page.waitForTimeout(400);
    await page.reload();
    await guestReady(page);
    assert.match(await page.textContent('#editor .cm-content'), /console\.log\('edited', 6 \* 7\);/);
    assert.deepEqual(await runProject(page), { stdout: 'edited 42\n', stderr: '', status: 0 });
  });

  test('a file added to the project is required by another', async () => {
    await loadFiles(page, { 'index.js': "console.log(require('./lib/answer'));\n", 'lib/answer.js': 'module.exports = { answer: 42 };\n' });
    assert.deepEqual(await runProject(page), { stdout: '{ answer: 42 }\n', stderr: '', status: 0 });
    assert.deepEqual(await page.$$eval('#tabs button[data-file]', (tabs) => tabs.map((tab) => tab.dataset.file)), [
      'index.js',
      'lib/answer.js',
    ]);
  });

  test('Stop ends an infinite loop while the page stays responsive', async () => {
    await loadFiles(page, { 'index.js': "console.log('looping');\nwhile (true) {}\n" });
    await guestReady(page);
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#output .stdout')?.textContent === 'looping\n');
    // The loop runs in the worker: the page still answers and its editor still edits.
    const started = Date.now();
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('// typed while it loops');
    assert.match(await page.textContent('#editor .cm-content'), /typed while it loops/);
    assert.ok(Date.now() - started < 5_000, 'the page answered slowly');
    assert.equal(await page.isDisabled('#run'), true);
    await page.click('#stop');
    await page.waitForFunction(() => !window.playground.runner.running);
    assert.match(await page.textContent('#status'), /^Stopped after \d+ ms$/);
    assert.equal((await readOutput(page)).status, null);
    await loadFiles(page, { 'index.js': "console.log('after the loop');\n" });
    assert.deepEqual(await runProject(page), { stdout: 'after the loop\n', stderr: '', status: 0 });
  });

  test('a program printing in a loop does not hold the page up', async () => {
    await loadFiles(page, { 'index.js': "let i = 0;\nfor (;;) console.log('line', i++);\n" });
    await guestReady(page);
    await page.click('#run');
    await page.waitForTimeout(1_500);
    const started = Date.now();
    await page.click('#stop');
    await page.waitForFunction(() => !window.playground.runner.running);
    assert.ok(Date.now() - started < 1_500, `Stop took ${Date.now() - started} ms`);
    const { stdout } = await readOutput(page);
    // The page keeps the last lines, whole, in order.
    const numbers = stdout
      .trimEnd()
      .split('\n')
      .map((line) => Number(line.match(/^line (\d+)$/)[1]));
    assert.ok(numbers.length > 1_000, `only ${numbers.length} lines`);
    assert.ok(numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1));
    assert.ok(stdout.length < 250_000);
  });

  test('each run starts from a clean sandbox', async () => {
    const source = `
const fs = require('node:fs');
console.log(fs.existsSync('/tmp/marker'), fs.existsSync('/project/made.txt'), globalThis.marker);
fs.writeFileSync('/tmp/marker', 'x');
fs.writeFileSync('/project/made.txt', 'x');
globalThis.marker = 1;
`;
    await loadFiles(page, { 'index.js': source });
    const first = await runProject(page);
    const second = await runProject(page);
    assert.deepEqual(first, { stdout: 'false false undefined\n', stderr: '', status: 0 });
    assert.deepEqual(second, first);
  });

  test('the in-memory file system fails as the CLI does', async () => {
    const source = `
const fs = require('node:fs');
for (const [what, attempt] of [
  ['outside the sandbox', () => fs.readFileSync('/etc/passwd')],
  ['missing', () => fs.readFileSync('/project/nope')],
  ['a directory', () => fs.readFileSync('/project')],
  ['mkdir over a file', () => fs.mkdirSync('/project/index.js')],
  ['rmdir of a full directory', () => (fs.mkdirSync('/tmp/d/e', { recursive: true }), fs.rmdirSync('/tmp/d'))],
  ['a file as a directory', () => fs.readdirSync('/project/index.js')],
]) {
  try { attempt(); console.log(what, 'succeeded'); } catch (error) { console.log(what, error.code); }
}
process.exitCode = 3;
`;
    await loadFiles(page, { 'index.js': source });
    const { stdout, status } = await runProject(page);
    assert.equal(status, 3);
    assert.equal(
      stdout,
      [
        'outside the sandbox ERR_ACCESS_DENIED',
        'missing ENOENT',
        'a directory EISDIR',
        'mkdir over a file EEXIST',
        'rmdir of a full directory ENOTEMPTY',
        'a file as a directory ENOTDIR',
        '',
      ].join('\n'),
    );
  });

  test('workers, child processes, Unix and UDP sockets are refused; descriptors change their file', async () => {
    const source = `
const fs = require('node:fs');
for (const [what, attempt] of [
  ['a worker', () => new (require('node:worker_threads').Worker)('1', { eval: true })],
  ['a child process', () => require('node:child_process').fork('/project/index.js')],
]) {
  try { attempt(); console.log(what, 'started'); } catch (error) { console.log(what, error.code); }
}
require('node:net').connect('/tmp/socket').on('error', (error) => console.log('a Unix socket', error.code));
require('node:dgram').createSocket('udp4').bind(0, () => console.log('udp bound')).on('error', (error) => console.log('udp', error.code));
const fd = fs.openSync('/tmp/file', 'w');
fs.fchmodSync(fd, 0o600);
fs.futimesSync(fd, 1000, 2000);
const stat = fs.fstatSync(fd);
console.log('descriptor', (stat.mode & 0o777).toString(8), stat.mtimeMs);
console.log('is the main thread', require('node:worker_threads').isMainThread);
`;
    await loadFiles(page, { 'index.js': source });
    const { stdout, status } = await runProject(page);
    assert.equal(status, 0);
    assert.deepEqual(stdout.trimEnd().split('\n').sort(), [
      'a Unix socket ERR_ACCESS_DENIED',
      'a child process ERR_ACCESS_DENIED',
      'a worker ERR_ACCESS_DENIED',
      'descriptor 600 2000000',
      'is the main thread true',
      'udp ERR_ACCESS_DENIED',
    ]);
  });
});
