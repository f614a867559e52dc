// An uncaught error: Node prints where it was thrown, the stack, and exits with status 1.
function parse(text) {
  return validate(JSON.parse(text));
}

function validate(order) {
  if (!order.items.length) {
    throw new RangeError(`order ${order.id} has no items`);
  }
  return order;
}

console.log('parsing the order...');
parse('{"id": 7, "items": []}');
