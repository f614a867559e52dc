// refresh() restarts a timer from now, keeping its callback.
const start = Date.now();
const timer = setTimeout(() => {
  console.log('fired after refresh, waited at least 30ms:', Date.now() - start >= 29);
}, 20);
setTimeout(() => {
  timer.refresh();
  console.log('refreshed');
}, 10);
