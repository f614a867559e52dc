// Timers fire by expiry, then by creation order.
const start = Date.now();
setTimeout(() => console.log('60ms'), 60);
setTimeout(() => console.log('30ms'), 30);
setTimeout(() => console.log('1ms a'), 1);
setTimeout(() => console.log('1ms b'), 1);
setTimeout(() => console.log('0ms is 1ms'), 0);
setTimeout((x, y) => console.log('args', x, y), 15, 'a', 'b');
const t = setTimeout(() => console.log('cleared, never'), 3);
clearTimeout(t);
const byId = setTimeout(() => console.log('cleared by id, never'), 3);
clearTimeout(+byId);
setTimeout(() => console.log('elapsed at least 60ms:', Date.now() - start >= 59), 90);
