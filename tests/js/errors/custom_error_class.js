class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
try {
  throw new ValidationError('must be positive', 'amount');
} catch (err) {
  console.log(err.stack.split('\n')[0]);
  console.log(err instanceof ValidationError, err instanceof Error, err.name, err.field);
  console.log(String(err));
}
const plain = {};
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n')[0]);
const e = new Error('first');
e.message = 'changed before stack was read';
console.log(e.stack.split('\n')[0]);
throw new ValidationError('uncaught custom', 'x');
