// Unreferenced timers and immediates do not keep the process alive.
const unrefed = setTimeout(() => console.log('unref timer, never'), 50);
unrefed.unref();
console.log('hasRef after unref:', unrefed.hasRef());
const reffed = setTimeout(() => console.log('re-referenced timer'), 5);
reffed.unref().ref();
console.log('hasRef after ref:', reffed.hasRef());
setInterval(() => console.log('unref interval, never'), 100).unref();
const immediate = setImmediate(() => console.log('unref immediate runs while loop is alive'));
immediate.unref();
console.log('immediate hasRef:', immediate.hasRef());
