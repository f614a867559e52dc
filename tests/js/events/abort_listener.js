// events.addAbortListener: the listener runs even when an earlier one stopped the event's
// propagation, at once (in a microtask) for an aborted signal, and never once disposed.
const { addAbortListener } = require('events');

const controller = new AbortController();
controller.signal.addEventListener('abort', (event) => {
  console.log('first');
  event.stopImmediatePropagation();
});
controller.signal.addEventListener('abort', () => console.log('stopped, not called'));
addAbortListener(controller.signal, (event) => console.log('abort listener', event.type, event.target === controller.signal));
controller.abort();

addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted', args.length));
const disposed = new AbortController();
addAbortListener(disposed.signal, () => console.log('disposed, not called'))[Symbol.dispose]();
disposed.abort();
console.log('sync end');
