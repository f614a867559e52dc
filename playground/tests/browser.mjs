// What the browser tests and the benchmark share: the playground's server on a free
// port and Debian's Chromium, driven by playwright-core (which never downloads a browser).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts serve.mjs on a free port; resolves to `{ url, close }`. */
export function startServer() {
  const server = spawn(process.execPath, [new URL('../serve.mjs', import.meta.url).pathname, '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    server.stdout.setEncoding('utf8').on('data', (text) => {
      const url = text.match(/http:\/\/\S+/)?.[0];
      if (url) resolve({ url, close: () => server.kill() });
    });
  });
}

/** Launches headless Chromium with a fresh profile; resolves to `{ context, close }`. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'nodule-playground-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Resolves once the page's standby guest is instantiated. */
export const guestReady = (page, timeout = 30_000) =>
  page.waitForFunction(() => window.playground?.runner.ready, null, { timeout, polling: 10 });

/**
 * Presses Run on the project open in `page` and resolves, once it ends, to
 * `{ stdout, stderr, status }` (`status` null when it was stopped).
 */
export async function runProject(page, { timeout = 20_000 } = {}) {
  await guestReady(page);
  const runs = await page.evaluate(() => window.playground.timings.runs.length);
  await page.click('#run');
  await page.waitForFunction((runs) => window.playground.timings.runs[runs]?.exited, runs, { timeout, polling: 10 });
  return readOutput(page);
}

/** The output pane: each stream's text, and the exit status from the status line. */
export async function readOutput(page) {
  // Output reaches the pane once per animation frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const text = (stream) => [...document.querySelectorAll(`#output .${stream}`)].map((span) => span.textContent).join('');
    const status = document.getElementById('status').textContent.match(/Exited with code (-?\d+)/);
    return { stdout: text('stdout'), stderr: text('stderr'), status: status ? Number(status[1]) : null };
  });
}

/** Replaces the page's project with `files` (name → text). */
export const loadFiles = (page, files) => page.evaluate((files) => window.playground.loadProject({ files }), files);
