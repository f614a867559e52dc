// await takes as many microtask turns as Node's V8 does.
async function a() {
  console.log('a start');
  await null;
  console.log('a after await');
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('a after timer');
  return 'a result';
}
async function b() {
  console.log('b start');
  await Promise.resolve();
  console.log('b after await');
}
a().then((r) => console.log(r));
b();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2')).then(() => console.log('then 3'));
console.log('sync end');
