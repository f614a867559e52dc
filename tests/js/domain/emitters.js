// EventEmitters made while a domain is active belong to it: their events run in it, and
// an 'error' with no listener goes to the domain with err.domainEmitter.
const domain = require('domain');
const EventEmitter = require('events');

const d = domain.create();
let implicit;
d.run(() => {
  implicit = new EventEmitter();
});
console.log('made in d', implicit.domain === d, 'made outside', new EventEmitter().domain);
console.log('a domain made in a domain has none', d.run(() => domain.create().domain));

implicit.on('data', () => console.log('listener runs in d', process.domain === d, domain._stack.length));
implicit.emit('data');
console.log('after emit', process.domain);

d.on('error', (err) => {
  console.log('error from', err.domainEmitter === implicit ? 'implicit' : 'other', err.message, 'thrown', err.domainThrown, 'domain', err.domain === d, 'active', process.domain);
});
implicit.emit('error', new Error('no listener'));
console.log('emit returned', implicit.emit('error', new Error('again')));
implicit.emit('error');
for (const value of [false, null, 0]) implicit.emit('error', value);
d.removeAllListeners('error');
d.on('error', (value) => console.log('primitive error', typeof value, value));
for (const value of [42, 'text', true]) implicit.emit('error', value);

const explicit = new EventEmitter();
d.add(explicit);
explicit.on('error', (err) => console.log('own listener wins', err.message, err.domain));
explicit.emit('error', new Error('handled by the emitter'));

// An emitter's 'error' handled by its domain's handler runs outside the domain, and the
// stack comes back afterwards.
const outer = domain.create();
const inner = domain.create();
inner.on('error', () => console.log('inner handler stack', domain._stack.length, 'active is outer', process.domain === outer));
outer.run(() => {
  inner.run(() => {
    const ee = new EventEmitter();
    ee.emit('error', new Error('inner'));
    console.log('stack restored', domain._stack.length, process.domain === inner);
  });
});
