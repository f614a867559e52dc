const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string', minLength: 2 }, tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
  required: ['id', 'name'],
  additionalProperties: false,
});
console.log(validate({ id: 1, name: 'ok', tags: ['a'] }), validate.errors);
console.log(validate({ id: 0, name: 'x', tags: ['a', 'a'], extra: true }), validate.errors.map((e) => [e.instancePath, e.keyword, e.message]));
