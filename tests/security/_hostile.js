'use strict';
// Helpers for the attack scripts (copied beside each one by tests/harness/hostile.rs).
// A script tries one idea in several variants; `run` prints HELD when every refusal
// came with an expected error code and every control worked, and otherwise one line
// per variant that got through (ESCAPED), failed oddly (UNEXPECTED) or whose control
// failed (BROKEN: the refusals then prove nothing).

const net = require('net');
const { inspect } = require('util');

const outside = process.argv[2];
const port = Number(process.argv[3]);
const free = Number(process.argv[4]);
const secret = `${outside}/secret.txt`;
const failures = [];

function describe(value) {
  return inspect(value, { breakLength: Infinity, depth: 1 }).slice(0, 100);
}

/** `attempt` (a function, sync or async) must fail with one of `codes`; returns the error. */
async function refused(variant, codes, attempt) {
  let result;
  try {
    result = await attempt();
  } catch (err) {
    if (!codes.includes(err?.code)) failures.push(`UNEXPECTED ${variant}: ${err?.code} ${err?.message}`);
    return err;
  }
  failures.push(`ESCAPED ${variant}: ${describe(result)}`);
  return undefined;
}

/** A control: `attempt` must work, or the refusals around it prove nothing. */
async function allowed(variant, attempt) {
  try {
    return await attempt();
  } catch (err) {
    failures.push(`BROKEN ${variant}: ${err?.code} ${err?.message}`);
    return undefined;
  }
}

/** Records a variant that got through when `held` is false. */
function check(variant, held, detail) {
  if (!held) failures.push(`ESCAPED ${variant}: ${describe(detail)}`);
}

/** Calls a callback-style function, as a promise. */
function callback(fn, ...args) {
  return new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}

/** Resolves when `emitter` emits `success`, rejects on its 'error'. */
function event(emitter, success) {
  return new Promise((resolve, reject) => {
    emitter.once(success, (...args) => resolve(args));
    emitter.once('error', reject);
  });
}

/** A TCP connection, closed as soon as it is made; resolves with where it went. */
async function connect(options) {
  const socket = net.connect(options);
  await event(socket, 'connect');
  const to = `${socket.remoteAddress}:${socket.remotePort}`;
  socket.destroy();
  return `connected to ${to}`;
}

/** Listens, then closes again; resolves with the address it got. */
async function listen(server, ...args) {
  server.listen(...args);
  await event(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return address;
}

/** Runs the script's attempts and prints the verdict. */
function run(body) {
  body().then(
    () => console.log(failures.length ? failures.join('\n') : 'HELD'),
    (err) => console.log(`CRASHED ${err?.stack ?? err}`),
  );
}

module.exports = { outside, port, free, secret, refused, allowed, check, callback, event, connect, listen, run };
