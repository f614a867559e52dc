const validator = require('validator');
console.log(validator.isEmail('foo@bar.com'), validator.isEmail('nope'), validator.isURL('https://example.com/x?y=1'), validator.isUUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8'));
console.log(validator.escape('<a href="x">'), validator.normalizeEmail('Foo.Bar@Gmail.com'), validator.isIP('::1'), validator.isJSON('{"a":1}'), validator.toInt('42abc'));
