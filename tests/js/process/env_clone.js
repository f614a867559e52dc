// nodule-flags: --allow-env
// process.env clones as a plain object (Node's is no Proxy), and a variable without a
// name cannot be set, by assignment or by defineProperty.
process.env.NODULE_FIXTURE_VALUE = 42;
const copy = structuredClone(process.env);
console.log(Object.getPrototypeOf(copy) === Object.prototype, copy.NODULE_FIXTURE_VALUE);
console.log(Object.keys(copy).length === Object.keys(process.env).length);
process.env[''] = 'x';
Object.defineProperty(process.env, '', { value: 'y', writable: true, enumerable: true, configurable: true });
console.log(process.env[''], '' in process.env);
