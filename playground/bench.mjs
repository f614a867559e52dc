// What bench/playground.sh measures (see BENCHMARKS.md): page loads in a fresh Chromium
// profile (the first one cold, the rest with the browser's caches warm), hello world
// runs in each, and the compressed weight of what the page downloads.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { guestReady, launchBrowser, loadFiles, runProject, startServer } from './tests/browser.mjs';

const loads = Number(process.argv[2] ?? 5);
const RUNS_PER_LOAD = 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
const samples = [];
try {
  for (let load = 0; load < loads; load++) {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await guestReady(page);
    await loadFiles(page, { 'index.js': "console.log('hello world');\n" });
    const firstOutputs = [];
    for (let run = 0; run < RUNS_PER_LOAD; run++) {
      const { stdout } = await runProject(page);
      if (stdout !== 'hello world\n') throw new Error(`hello world printed ${JSON.stringify(stdout)}`);
      firstOutputs.push(
        await page.evaluate(() => {
          const run = window.playground.timings.runs.at(-1);
          return run.firstOutput - run.started;
        }),
      );
    }
    const { editorReady, guestReady: ready } = await page.evaluate(() => window.playground.timings);
    samples.push({ editorReady, guestReady: ready, firstOutput: median(firstOutputs), exited: 0 });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const [cold, ...warm] = samples;
console.log('| measure | cold load | warm loads (median) |');
console.log('| --- | --- | --- |');
const row = (label, key) => console.log(`| ${label} | ${ms(cold[key])} | ${warm.length ? ms(median(warm.map((s) => s[key]))) : '-'} |`);
row('navigation → editor usable', 'editorReady');
row('navigation → guest ready', 'guestReady');
row(`Run → first output of hello world (median of ${RUNS_PER_LOAD} runs)`, 'firstOutput');

const site = new URL('../target/playground/', import.meta.url).pathname;
console.log('\n| file | size | gzip -9 | brotli |');
console.log('| --- | --- | --- | --- |');
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const totals = [0, 0, 0];
for (const name of readdirSync(site).filter((name) => /\.(html|js|wasm|json)$/.test(name))) {
  const bytes = readFileSync(join(site, name));
  const sizes = [
    bytes.length,
    gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  for (const [i, size] of sizes.entries()) totals[i] += size;
  console.log(`| ${name} | ${sizes.map(kib).join(' | ')} |`);
}
console.log(`| total | ${totals.map(kib).join(' | ')} |`);
