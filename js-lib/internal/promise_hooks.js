'use strict';
// v8.promiseHooks: V8's promise lifecycle hooks (init, before, after, settled) over QuickJS's
// (guest/src/natives/promise_hooks.rs). The engine calls one dispatcher, set only while a
// hook is, so promises cost nothing extra otherwise.

const { setDispatcher } = internalBinding('promise_hooks');
const { validatePlainFunction } = require('internal/validators');

/** The hooks of each event, by QuickJS's event number. */
const kEvents = ['init', 'before', 'after', 'settled'];
const hooks = [[], [], [], []];

function dispatch(event, promise, parent) {
  for (const hook of hooks[event].slice()) {
    try {
      if (event === 0) hook(promise, parent);
      else hook(promise);
    } catch (err) {
      // An error in a hook is the program's uncaught exception, as in Node.
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  }
}

function updateDispatcher() {
  setDispatcher(hooks.some((list) => list.length > 0) ? dispatch : undefined);
}

/** Adds `hook` for `event`; returns the function that removes it. */
function addHook(event, hook) {
  validatePlainFunction(hook, `${kEvents[event]}Hook`);
  hooks[event].push(hook);
  updateDispatcher();
  return function stop() {
    const index = hooks[event].indexOf(hook);
    if (index === -1) return;
    hooks[event].splice(index, 1);
    updateDispatcher();
  };
}

function onInit(hook) {
  return addHook(0, hook);
}

function onBefore(hook) {
  return addHook(1, hook);
}

function onAfter(hook) {
  return addHook(2, hook);
}

function onSettled(hook) {
  return addHook(3, hook);
}

function createHook({ init, before, after, settled } = {}) {
  const stops = [];
  for (const [event, hook] of [init, before, after, settled].entries()) {
    if (hook) stops.push(addHook(event, hook));
  }
  return function stop() {
    for (const stopHook of stops) stopHook();
  };
}

module.exports = { createHook, onAfter, onBefore, onInit, onSettled };
