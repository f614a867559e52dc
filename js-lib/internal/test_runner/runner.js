'use strict';
// `nodule --test [files or folders]`: finds the test files as node's --test does and
// runs them one after another in this one instance (node runs each in a process of
// its own), their tests reported together under one plan and one summary. A file
// that made no test is reported as a test named by its path, failed if loading it threw.

const fs = require('fs');
const path = require('path');
const Module = require('internal/modules/cjs/loader');
const esm = require('internal/modules/esm/loader');
const { getHarness } = require('internal/test_runner/harness');
const { Test } = require('internal/test_runner/test');

const kScripts = /\.[cm]?js$/;

/** Node's default test files: test.js, test-*.js, *.test.js, *-test.js, *_test.js, and every script under a `test` folder. */
function isTestFile(relativePath) {
  if (!kScripts.test(relativePath)) return false;
  const parts = relativePath.split(path.sep);
  const base = parts.at(-1).replace(kScripts, '');
  if (base === 'test' || base.startsWith('test-') || /.[.\-_]test$/.test(base)) return true;
  return parts.slice(0, -1).includes('test');
}

function walk(root, dir, found) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(root, full, found);
    else if (entry.isFile() && isTestFile(path.relative(root, full))) found.push(full);
  }
}

/** The files to run, sorted; a named path that does not exist ends the run as node's does. */
function testFiles(args) {
  const cwd = process.cwd();
  const found = [];
  if (args.length === 0) walk(cwd, cwd, found);
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    // Anything but a missing path (a refused one) is thrown as it is.
    const stats = fs.statSync(full, { throwIfNoEntry: false });
    if (stats === undefined) {
      process.stderr.write(`Could not find '${full}'\n`);
      process.exit(1);
    }
    if (stats.isDirectory()) walk(full, full, found);
    else found.push(full);
  }
  return [...new Set(found)].sort();
}

function load(file) {
  if (esm.isModuleEntry(file)) return esm.runMain(file);
  Module._load(file, null, true);
  return Promise.resolve();
}

async function runFiles(args) {
  // Found first: a path that cannot be read is then an uncaught error, before the
  // harness (which takes such errors as the tests') exists.
  const files = testFiles(args);
  const harness = getHarness();
  const { root } = harness;
  for (const [index, file] of files.entries()) {
    const before = root.subtests.length;
    let loadError;
    try {
      await load(file);
    } catch (err) {
      loadError = err;
    }
    await harness.idle();
    if (loadError === undefined && root.subtests.length > before) continue;
    const fileTest = root.createSubtest(
      Test,
      file,
      {},
      () => {
        if (loadError !== undefined) throw loadError;
      },
      { file, line: 1, column: 1 },
    );
    // Node numbers such a test by the file's place in the run.
    fileTest.testNumber = index + 1;
    await root.startSubtest(fileTest);
  }
}

module.exports = { runFiles };
