const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.uniqBy([{ id: 1 }, { id: 1 }, { id: 2 }], 'id'), _.groupBy(['one', 'two', 'three'], 'length'));
console.log(_.debounce.name, _.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'), _.template('hello <%= name %>!')({ name: 'nodule' }));
console.log(_.cloneDeep({ a: [{ b: new Date(0) }] }), _.merge({ a: { x: 1 } }, { a: { y: 2 } }), _.get({ a: [{ b: 3 }] }, 'a[0].b'));
console.log(_.sortBy([{ n: 3 }, { n: 1 }], 'n'), _.isEqual({ a: [1] }, { a: [1] }), _.range(0, 10, 3), _.sum([1, 2, 3]));
