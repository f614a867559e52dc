// The domain stack, process.domain and domain.active through enter, exit and run;
// members, bind and intercept; the module's and the class's shape.
const domain = require('domain');
const EventEmitter = require('events');

const names = () => domain._stack.map((d) => d.name).join(',');
console.log('keys', Object.keys(domain));
console.log('before any domain', process.domain, domain.active, EventEmitter.usingDomains);

const a = domain.create();
a.name = 'a';
const b = domain.createDomain();
b.name = 'b';
const c = new domain.Domain();
c.name = 'c';
console.log('a is an EventEmitter', a instanceof EventEmitter, 'members', a.members, 'own domain', a.domain);

a.enter();
b.enter();
c.enter();
console.log('entered', names(), process.domain.name, domain.active.name);
b.exit();
console.log('b exited', names(), process.domain.name);
domain.create().exit();
console.log('exit of a domain not entered', names());
a.exit();
console.log('all exited', names(), process.domain, domain.active);

const result = a.run(function (x, y) {
  console.log('run: this is a', this === a, 'args', x, y, 'active', process.domain.name, names());
  return x + y;
}, 2, 3);
console.log('run returned', result, 'after', process.domain, names());

const { AsyncResource } = require('async_hooks');
const made = a.run(() => [setTimeout(() => {}, 1), setImmediate(() => {}), new AsyncResource('made')]);
console.log('made in a: timer, immediate, resource', made.map((resource) => resource.domain === a), 'enumerable', Object.keys(made[0]).includes('domain'));
clearTimeout(made[0]);
clearImmediate(made[1]);

const emitter = new EventEmitter();
const timer = setTimeout(() => {}, 1);
a.add(emitter);
a.add(timer);
console.log('members', a.members.length, emitter.domain === a, timer.domain === a);
console.log('domain property enumerable', Object.prototype.propertyIsEnumerable.call(emitter, 'domain'));
b.add(emitter);
console.log('moved to b', a.members.length, b.members.length, emitter.domain === b);
b.remove(emitter);
console.log('removed', b.members.length, emitter.domain);

const bound = b.bind(function (x) {
  console.log('bound: this', this, 'arg', x, 'active', process.domain.name);
  return x * 2;
});
console.log('bound returned', bound.call('self', 21), 'bound.domain is b', bound.domain === b, bound.name);

c.on('error', (err) => {
  console.log('intercepted error', err.message, err.domain === c, err.domainThrown, err.domainBound === callback);
});
function callback(value, other) {
  console.log('intercept called with', value, other, 'active', process.domain.name);
  return 'ok';
}
const intercepted = c.intercept(callback);
console.log('intercept returned', intercepted(null, 1, 2), intercepted(new Error('fail'), 1), intercepted.name);

console.log('method lengths', ['enter', 'exit', 'add', 'remove', 'run', 'intercept', 'bind', '_errorHandler'].map((m) => `${m}:${domain.Domain.prototype[m].length}`).join(' '));
clearTimeout(timer);
