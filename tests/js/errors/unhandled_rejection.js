async function load() {
  throw new RangeError('rejected in async function');
}
load();
setTimeout(() => console.log('never'), 10);
