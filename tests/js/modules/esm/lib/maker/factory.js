// Makes functions whose code imports: V8 resolves their import() against this file,
// the script that made them, wherever they are called from.
exports.viaFunction = new Function('specifier', 'return import(specifier)');
exports.viaAsyncFunction = new (Object.getPrototypeOf(async () => {}).constructor)('specifier', 'return await import(specifier)');
exports.viaSubclass = new (class extends Function {})('specifier', 'return import(specifier)');
exports.viaReflect = Reflect.construct(Function, ['specifier', 'return import(specifier)']);
exports.make = (body) => Function('specifier', body);
