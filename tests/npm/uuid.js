const { v4, v5, validate, version, parse, stringify, NIL } = require('uuid');
const id = v4();
console.log(validate(id), version(id), id.length, v4() !== v4());
console.log(v5('hello', v5.URL), stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')), NIL, validate('nope'));
